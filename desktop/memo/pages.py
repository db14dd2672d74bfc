"""PDF pages to images, in process, with pypdfium2 (this PySide6 build has no Qt PDF module).

Runs on a background thread; PDFium is not thread-safe, so one lock serialises every use of
it. Returns QImages (safe to build off the UI thread; the viewer turns them into pixmaps).
"""

from __future__ import annotations

import threading

from PySide6.QtGui import QImage

_PDFIUM = threading.Lock()


def render_pages(pdf: bytes, scale: float, max_pages: int = 200) -> list[QImage]:
    """Every page of `pdf` at `scale` pixels per PDF point (72 per inch), forms drawn."""
    import pypdfium2  # here, on the background thread: ~50 ms the UI thread need not spend

    images: list[QImage] = []
    with _PDFIUM:
        document = pypdfium2.PdfDocument(pdf)
        try:
            document.init_forms()  # draw signature appearances and other form fields
            for index in range(min(len(document), max_pages)):
                page = document[index]
                try:
                    bitmap = page.render(scale=scale, may_draw_forms=True, prefer_bgrx=True)
                    try:
                        image = QImage(
                            bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                            QImage.Format.Format_RGB32,
                        ).copy()  # own the pixels before PDFium frees its buffer
                    finally:
                        bitmap.close()
                finally:
                    page.close()
                images.append(image)
        finally:
            document.close()
    return images

