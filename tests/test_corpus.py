"""The bundled corpus is the seed documents, byte for byte, and the manifest describes each."""
import hashlib
import json
from pathlib import Path

import pytest

from ingest.config import DEFAULT_CORPUS
from ingest.normalize import normalize

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
# sha256 of the seed files, so the check holds even where shared/ is absent.
EXPECTED = {
    "liangjiang-briefing-2020.txt": "110d961f72031c05",
    "banan-education-plan-2021.txt": "0ba2762dd4ef4da1",
    "kaizhou-news-2020.txt": "b98636f94e28aaf2",
    "rongchang-self-evaluation.txt": "3fea40d1f060bda2",
    "hanzhong-lueyang-meeting-2023.txt": "b6e7b0945afe76e8",
}


def test_corpus_files_are_the_seeds_unchanged():
    for name, prefix in EXPECTED.items():
        digest = hashlib.sha256((DEFAULT_CORPUS / name).read_bytes()).hexdigest()
        assert digest.startswith(prefix), name


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds not beside the checkout")
def test_every_seed_is_in_the_corpus():
    corpus = {hashlib.sha256(p.read_bytes()).hexdigest() for p in DEFAULT_CORPUS.glob("*.txt")}
    for seed in SEEDS.iterdir():
        assert hashlib.sha256(seed.read_bytes()).hexdigest() in corpus, seed.name


def test_manifest_names_every_corpus_file():
    manifest = json.loads((DEFAULT_CORPUS / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["documents"]) == {p.name for p in DEFAULT_CORPUS.glob("*.txt")}


def test_normalize_matches_scripts_widths_and_pinyin_notes():
    raw = (DEFAULT_CORPUS / "kaizhou-news-2020.txt").read_text(encoding="utf-8")
    assert "学(xué)位" not in normalize(raw) and "学位" in normalize(raw)
    assert normalize("九年義務教育鞏固率（％）") == "九年义务教育巩固率(%)"
    assert normalize("２０２５年　目標", drop_space=True) == "2025年目标"
