"""No code names the places of the documents we build and measure on: places are data (ingest/gazetteer/).

The names are taken from the gazetteer: each region of corpus/manifest.json and its parents, in
full and short form, Simplified and Traditional, and their pinyin as the corpus file names spell
them. Source files of ingest/, figures/ and server/ (code, pages, scripts) must name none;
data files (the gazetteer, the jieba user dictionary, fixtures) may.
"""
import json
import re
from pathlib import Path

import pytest

from ingest.config import DEFAULT_CORPUS, REPO_ROOT
from ingest.places import gazetteer

CODE_DIRS = ("ingest", "figures", "server")
CODE_SUFFIXES = {".py", ".js", ".html", ".css"}
EXTRA = ("渝中",)  # named in issue 10 as a place the code once listed
# the places of the corpora we measure on apart from the bundled one: the ten provinces of
# ../shared/corpus-dev (its SOURCES.md) and the counties/cities of eval/documents/corpus-written{,2,3} — code
# tuned on them must not know them either (their parents are added from the gazetteer)
EVAL_PLACES = ("广东省", "浙江省", "四川省", "河南省", "山东省", "湖北省", "陕西省", "云南省", "新疆维吾尔自治区",
               "黑龙江省", "肥西县", "永春县", "株洲市", "宾阳县", "天水市", "正定县", "湄潭县",
               "扬州市", "平遥县", "农安县", "婺源县", "锦州市", "永宁县", "大通回族土族自治县",
               "门头沟区", "江孜县", "武清区", "萍乡市", "闵行区", "宁城县", "儋州市",
               "兰考县", "绵阳市", "德清县", "寿光市", "清远市", "曲靖市", "桓仁满族自治县", "张掖市",
               "七星关区", "敦化市", "互助土族自治县", "昆山市", "荔浦市",
               "宁国市", "桃江县", "扎兰屯市", "阳城县", "永修县", "霸州市", "桐城市",
               "宁化县", "琼中黎族苗族自治县", "盐池县", "宝坻区", "奉贤区", "怀柔区", "雷山县",
               "上犹县", "寿阳县", "梨树县", "托克托县", "灵川县", "湟源县", "乃东区",
               "涡阳县", "馆陶县", "新民市", "泸溪县", "沭阳县", "阿拉尔市", "会宁县",
               "郧西县", "苍溪县", "沂水县", "开化县", "长汀县", "徐闻县", "隆德县")
# Files of other engineers that still name a bundled place, each to be cleaned by its owner
# (issue 10); an entry whose file no longer names one must be removed, so the list only shrinks.
PENDING: set[str] = set()


def _names() -> set[str]:
    import opencc

    s2t = opencc.OpenCC("s2t")
    gaz = gazetteer()
    manifest = json.loads((DEFAULT_CORPUS / "manifest.json").read_text(encoding="utf-8"))["documents"]
    names: set[str] = set(EXTRA)
    regions = [r for entry in manifest.values() for r in entry["region"].split(";")] + list(EVAL_PLACES)
    for region in regions:
        for place in gaz.lookup(region):
            for p in gaz.chain(place):
                names.update({p.name, p.short})
    return names | {s2t.convert(n) for n in names}


def _pinyin() -> set[str]:
    """Leading words of the corpus file names (banan-education-plan-2021.txt → banan)."""
    return {p.name.split("-")[0] for p in DEFAULT_CORPUS.glob("*.txt")}


def _hits(path: Path, pattern: re.Pattern) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return sorted({m.group(0) for m in pattern.finditer(text)})


def test_the_list_of_names_comes_from_the_gazetteer():
    names = _names()
    expected_names = ("巴南区", "巴南", "巴南區", "重庆", "重慶市", "陕西省", "陝西", "汉中", "略阳县",
                      "两江新区", "兩江")
    for expected in expected_names + ("新疆", "福建省", "贵州", "湄潭"):
        assert expected in names
    assert {"banan", "rongchang", "kaizhou", "liangjiang", "hanzhong"} <= _pinyin()


def test_no_source_file_names_a_bundled_place():
    names = sorted(_names(), key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, names)) + r"|\b(?:" + "|".join(sorted(_pinyin())) + r")\b", re.I)
    offenders, cleaned = {}, []
    for folder in CODE_DIRS:
        for path in sorted((REPO_ROOT / folder).rglob("*")):
            if path.suffix not in CODE_SUFFIXES or "__pycache__" in path.parts:
                continue
            relative = path.relative_to(REPO_ROOT).as_posix()
            hits = _hits(path, pattern)
            if hits and relative not in PENDING:
                offenders[relative] = hits
            if not hits and relative in PENDING:
                cleaned.append(relative)
    assert offenders == {}, "place names of the bundled documents in code (put them in data files)"
    assert not [p for p in PENDING if not (REPO_ROOT / p).exists()], "PENDING names a file that is gone"
    if cleaned:
        pytest.fail(f"clean now, remove from PENDING: {cleaned}")
