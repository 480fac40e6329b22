"""OCR (ingest/ocr.py, RapidOCR with the models of its wheel) on Chinese text rendered in the test:
a photo-like PNG and a scanned PDF (an image with no text layer) go through load_file and come out
as text in reading order, with the character accuracy measured and printed (`pytest -s`)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from ingest.load import LoadError, load_file
from ingest.ocr import MAX_PIXELS, OcrError, ocr_image

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
# A policy-document page: a heading, body sentences with figures, a numbered measure.
LINES = [
    "城固县2026年义务教育优质均衡发展工作方案",
    "一、主要目标",
    "到2026年底，全县小学、初中校际差异系数分别控制在0.50和0.45以内，",
    "每百名学生拥有高于规定学历教师数达到4.2人以上。",
    "二、重点任务",
    "（一）新建、改扩建中小学校12所，新增学位5400个。",
]
CONTINUED = {3}  # the second line of a wrapped sentence: printed without the paragraph indent
MIN_ACCURACY = 0.95  # measured 1.000 on this page (rapidocr-onnxruntime 1.4.4)
MIN_DEGRADED = 0.95  # measured 0.992 (22 px print, 1.2° tilt, grain, JPEG quality 35)

pytestmark = pytest.mark.skipif(not FONT.exists(), reason="fonts-wqy-microhei is not installed (make debs)")


def render(path: Path, lines: list[str], size: int = 30) -> Path:
    font = ImageFont.truetype(str(FONT), size)
    image = Image.new("RGB", (1300, 80 + int(size * 1.9) * len(lines)), "white")
    draw = ImageDraw.Draw(image)
    for n, line in enumerate(lines):
        indent = 0 if n == 0 or n in CONTINUED else size * 2  # paragraphs start indented, as printed
        draw.text((60 + indent, 40 + int(size * 1.9) * n), line, fill=(20, 20, 20), font=font)
    image.save(path)
    return path


def accuracy(expected: str, got: str) -> float:
    """1 − edit distance ÷ length of the expected text (whitespace ignored)."""
    a, b = "".join(expected.split()), "".join(got.split())
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return 1 - previous[-1] / len(a)


def test_an_image_of_chinese_text_is_recognised_in_reading_order(tmp_path):
    loaded = load_file(render(tmp_path / "scan.png", LINES))
    score = accuracy("".join(LINES), loaded.text)
    print(f"\nOCR character accuracy (PNG): {score:.4f}; confidence {loaded.ocr.confidence:.3f}")
    assert loaded.kind == "image" and loaded.ocr is not None
    assert score >= MIN_ACCURACY, loaded.text
    assert loaded.ocr.confidence > 0.9
    paragraphs = loaded.text.split("\n")
    assert paragraphs[1] == "一、主要目标"  # a heading stays a paragraph of its own, for the outline
    # the wrapped sentence is one paragraph again
    assert any("0.45以内" in p and "4.2人以上" in p for p in paragraphs)


def test_a_degraded_photo_of_the_page_is_still_read(tmp_path):
    """Smaller print, a slight tilt, grain and strong JPEG compression: a phone photo of a notice."""
    import numpy as np

    clean = Image.open(render(tmp_path / "clean.png", LINES, size=22)).convert("L")
    tilted = clean.rotate(1.2, expand=True, fillcolor=255)
    noise = np.random.default_rng(7).normal(0, 18, (tilted.height, tilted.width))
    grainy = Image.fromarray(np.clip(np.asarray(tilted, dtype=float) + noise, 0, 255).astype("uint8"))
    grainy.save(tmp_path / "photo.jpg", quality=35)
    loaded = load_file(tmp_path / "photo.jpg")
    score = accuracy("".join(LINES), loaded.text)
    print(f"\nOCR character accuracy (degraded JPEG): {score:.4f}; confidence {loaded.ocr.confidence:.3f}; "
          f"{len(loaded.ocr.uncertain)} uncertain line(s)")
    assert score >= MIN_DEGRADED, loaded.text


def test_a_pdf_without_a_text_layer_is_recognised(tmp_path):
    image = render(tmp_path / "page.png", LINES[:4])
    pdf = tmp_path / "scan.pdf"
    Image.open(image).save(pdf, resolution=144)  # a page image and nothing else: a scan
    loaded = load_file(pdf)
    score = accuracy("".join(LINES[:4]), loaded.text)
    print(f"\nOCR character accuracy (scanned PDF): {score:.4f}")
    assert loaded.kind == "pdf" and loaded.ocr is not None and loaded.ocr.pages == 1
    assert score >= MIN_ACCURACY, loaded.text


def test_ocr_off_refuses_scans_with_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("POLICYQA_OCR", "off")
    with pytest.raises(LoadError, match="POLICYQA_OCR=off"):
        load_file(render(tmp_path / "scan.png", LINES[:1]))


def test_blank_damaged_and_oversized_images_are_refused(tmp_path):
    Image.new("RGB", (400, 200), "white").save(tmp_path / "blank.png")
    with pytest.raises(LoadError, match="未识别到文字"):
        load_file(tmp_path / "blank.png")
    (tmp_path / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 50)
    with pytest.raises(LoadError, match="图片文件损坏"):
        load_file(tmp_path / "broken.png")
    side = int(MAX_PIXELS ** 0.5) + 10
    Image.new("1", (side, side), 1).save(tmp_path / "huge.png")  # a few KiB on disk, 60+ megapixels decoded
    with pytest.raises(OcrError, match="megapixels"):
        ocr_image(tmp_path / "huge.png")
