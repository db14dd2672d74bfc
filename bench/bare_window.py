import sys

from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv)
window = QMainWindow(); window.show()  # noqa: E702
sys.exit(app.exec())
