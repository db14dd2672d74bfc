"""Decision memos: memo context, rendering (Jinja2 + ReportLab), signing and verification (pyHanko).

ReportLab copies its base font name into its styles, tables and graphics when they are first
imported; pointing it at an embedded TrueType font here, before any submodule imports them, keeps
the non-embedded Helvetica out of every memo. Without the fonts installed this does nothing and
rendering later fails with a message naming the package to install.
"""

import contextlib

from reports.fonts import FontNotFound, configure_reportlab

with contextlib.suppress(FontNotFound):
    configure_reportlab()
