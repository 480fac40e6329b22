"""PDFs written in a test: one page with Debian's CJK font (fonts-wqy-microhei) loaded as `cjk`."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")


def cjk_pdf() -> Any:
    """An fpdf2 document with one page and the CJK font added as `cjk` (no font selected yet);
    skips the test when fpdf2 is missing."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test dependency) builds the PDF")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("cjk", fname=str(CJK_FONT))
    return pdf
