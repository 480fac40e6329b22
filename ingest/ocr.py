"""Text from page images: photos and scans (.png, .jpg) and PDFs without a text layer.

The recogniser is RapidOCR on ONNX Runtime (`rapidocr-onnxruntime`): PP-OCRv4 detection and
recognition models for Chinese and English ship inside its wheel, so nothing is downloaded and
it runs on the CPU. PDF pages are rendered with PDFium (`pypdfium2`) at RENDER_SCALE.

Recognised lines are put back in reading order and into paragraphs, one a line as in the other
loaders' output: a line that runs to the right margin and is followed by an unindented one
continues its paragraph (a wrapped sentence), anything else ends it. Each line's confidence is
kept: the document records the mean (weighted by characters) and the lines under UNCERTAIN, so
the document view can mark them.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from statistics import median
from typing import Any

import numpy as np
from PIL import Image

from ingest.structure import heading_at

RENDER_SCALE = 2.0  # PDF points → pixels: 144 dpi, small print stays legible to the recogniser
MAX_PIXELS = 60_000_000  # larger images are refused before decoding (a decompression bomb otherwise)
MAX_PDF_PAGES = 300
UNCERTAIN = 0.8  # lines under this confidence are marked in the document view
# The recogniser spaces the brackets inside one box (`达标率 ( % )`, `〔 2027 ］`): a box is one cell
# or one line, so those gaps are not cell borders; closed, a header's unit note stays with its header
_BRACKET_GAP = re.compile(r"(?<=[(（〔［\[【])\s+|\s+(?=[)）〕］\]】])|(?<=[^\s\d])\s+(?=[(（〔［\[【])")


class OcrError(Exception):
    """The image cannot be read or holds no recognisable text; `reason` is bilingual."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass
class OcrText:
    text: str
    confidence: float  # mean line confidence weighted by characters, 0…1
    uncertain: list[str] = field(default_factory=list)  # lines under UNCERTAIN, as recognised
    pages: int = 1


@dataclass
class _Line:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    score: float


_engine_lock = threading.Lock()  # one recognition at a time per process: the engine is not thread-safe


@lru_cache(maxsize=1)
def _engine() -> Any:
    from rapidocr_onnxruntime import RapidOCR

    return RapidOCR()


def ocr_image(path: Path) -> OcrText:
    """Text of a .png/.jpg file."""
    try:
        with Image.open(path) as image:
            _check_size(image.size)
            pixels = np.asarray(image.convert("RGB"))
    except OcrError:
        raise
    except Exception as e:  # PIL raises OSError, SyntaxError, ValueError… on damaged files
        raise OcrError(f"corrupt or unreadable image ({type(e).__name__}: {e}) / 图片文件损坏") from e
    return _combine([_recognise(pixels)])


def ocr_pdf(path: Path) -> OcrText:
    """Text of a PDF's pages rendered as images (a scan without a text layer)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except Exception as e:  # noqa: BLE001 - PdfiumError and friends on a damaged file
        raise OcrError(f"corrupt or unreadable PDF ({type(e).__name__}: {e}) / PDF 文件损坏") from e
    try:
        if len(pdf) > MAX_PDF_PAGES:
            raise OcrError(f"scanned PDF with {len(pdf)} pages, more than {MAX_PDF_PAGES} "
                           f"/ 扫描件页数过多（上限 {MAX_PDF_PAGES} 页）")
        pages = []
        for page in pdf:
            width, height = page.get_size()
            _check_size((int(width * RENDER_SCALE), int(height * RENDER_SCALE)))
            pages.append(_recognise(np.asarray(page.render(scale=RENDER_SCALE).to_pil().convert("RGB"))))
    finally:
        pdf.close()
    return _combine(pages)


def _check_size(size: tuple[int, int]) -> None:
    if size[0] * size[1] > MAX_PIXELS:
        raise OcrError(f"image of {size[0]}×{size[1]} pixels, more than {MAX_PIXELS // 1_000_000} megapixels "
                       f"/ 图片像素过多（上限 {MAX_PIXELS // 1_000_000} 百万像素）")


def _recognise(pixels: np.ndarray) -> list[_Line]:
    with _engine_lock:
        result, _ = _engine()(pixels)
    lines = []
    for box, text, score in result or []:
        xs, ys = [p[0] for p in box], [p[1] for p in box]
        if text.strip():
            text = _BRACKET_GAP.sub("", text.strip())
            lines.append(_Line(min(xs), min(ys), max(xs), max(ys), text, float(score)))
    return lines


def _combine(pages: list[list[_Line]]) -> OcrText:
    paragraphs: list[str] = []
    weighted, chars, uncertain = 0.0, 0, []
    for lines in pages:
        paragraphs += _paragraphs(lines)
        for line in lines:
            weighted += line.score * len(line.text)
            chars += len(line.text)
            if line.score < UNCERTAIN:
                uncertain.append(line.text)
    if not chars:
        raise OcrError("no text recognised in the image(s) / 图片中未识别到文字")
    return OcrText("\n".join(paragraphs), round(weighted / chars, 4), uncertain, len(pages))


def _paragraphs(lines: list[_Line]) -> list[str]:
    """Reading order (rows top to bottom, left to right within a row), wrapped lines joined."""
    if not lines:
        return []
    height = median(line.y1 - line.y0 for line in lines)
    rows: list[list[_Line]] = []
    for line in sorted(lines, key=lambda ln: (ln.y0 + ln.y1) / 2):
        middle = (line.y0 + line.y1) / 2
        if rows and abs(middle - (rows[-1][0].y0 + rows[-1][0].y1) / 2) < height / 2:
            rows[-1].append(line)  # beside the row's first box: a table row or a split line
        else:
            rows.append([line])
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    paragraphs: list[str] = []
    previous: tuple[float, float] | None = None  # (right edge, bottom) of the last row
    for row in rows:
        row.sort(key=lambda ln: ln.x0)
        text = " ".join(line.text for line in row)
        x0, x1, y0 = row[0].x0, row[-1].x1, min(line.y0 for line in row)
        wrapped = (previous is not None and previous[0] >= right - 1.5 * height and x0 <= left + 0.8 * height
                   and y0 - previous[1] < 1.2 * height and heading_at(text) is None)
        if wrapped:
            paragraphs[-1] += text
        else:
            paragraphs.append(text)
        previous = (x1, max(line.y1 for line in row))
    return paragraphs
