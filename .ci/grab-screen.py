"""Saves a PNG of the whole X screen ($DISPLAY) at sys.argv[1]: what the launch check saw."""

import sys

from PySide6.QtGui import QGuiApplication

app = QGuiApplication(["grab-screen", "-platform", "xcb"])
if not app.primaryScreen().grabWindow(0).save(sys.argv[1]):
    sys.exit(f"could not write {sys.argv[1]}")
