import sys

from desktop.translations import main

sys.exit(main())
