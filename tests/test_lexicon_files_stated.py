"""Word lists are data with a stated source: every lexicon and gazetteer file says in its header where its
entries come from, every lexicon file is read by server/lexicon.py (none lies unused), and the rows each
reader expects have their fields."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from server import lexicon

ROOT = Path(__file__).resolve().parents[1]
DATA_FILES = sorted([*(ROOT / "server" / "lexicon").glob("*.tsv"), *(ROOT / "ingest" / "gazetteer").glob("*.tsv")])


def _header(path: Path) -> str:
    lines = path.read_text(encoding="utf-8").splitlines()
    return "\n".join(line for line in lines if line.startswith("#"))


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: p.name)
def test_each_data_file_states_its_source(path: Path) -> None:
    assert re.search(r"Source|Derived", _header(path)), f"{path.name} states no source in its header"


@pytest.mark.parametrize("path", sorted((ROOT / "server" / "lexicon").glob("*.tsv")), ids=lambda p: p.name)
def test_each_lexicon_file_is_read(path: Path) -> None:
    assert f'"{path.name}"' in (ROOT / "server" / "lexicon.py").read_text(encoding="utf-8")


def test_every_listed_unit_kind_has_headers_and_name_endings() -> None:
    kinds = lexicon.listed_units()
    assert {"学校", "幼儿园", "乡镇", "街道"} <= set(kinds)
    assert all(headers and endings for headers, endings in kinds.values())


def test_counter_led_words_open_with_a_counter() -> None:
    assert all(word[0] in "笔份本种" for word in lexicon.counter_led_words())
