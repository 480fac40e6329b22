"""Place names found with the national gazetteer: full and short forms, both scripts, parents,
and names that are shared or are everyday words (no false regions)."""
from pathlib import Path

import pytest

from ingest.clean import clean
from ingest.config import DEFAULT_CORPUS
from ingest.metadata import extract_meta
from ingest.places import find_places, gazetteer, lookup, short_form

DEV = Path(__file__).resolve().parents[2] / "shared" / "corpus-dev"


def names(text: str, **kw) -> list[str]:
    return [m.place.name for m in find_places(text, **kw)]


def test_every_province_and_the_autonomous_regions_with_short_forms():
    gaz = gazetteer()
    provinces = [p for p in gaz.places.values() if p.level == 1]
    assert len(provinces) == 34
    for full, short in (("福建省", "福建"), ("新疆维吾尔自治区", "新疆"), ("广西壮族自治区", "广西"),
                        ("内蒙古自治区", "内蒙古"), ("香港特别行政区", "香港")):
        assert names(f"{full}教育厅") == [full] and names(f"{short}的学校") == [full]
    assert sum(p.level == 2 for p in gaz.places.values()) > 330
    assert sum(p.level == 3 for p in gaz.places.values()) > 2900


def test_counties_prefectures_new_areas_and_parents():
    gaz = gazetteer()
    (linxiang,) = lookup("臨湘市")
    assert [p.name for p in gaz.chain(linxiang)] == ["湖南省", "岳阳市", "临湘市"]
    (pengshui,) = lookup("彭水苗族土家族自治县")
    assert pengshui.short == "彭水"
    (xiongan,) = lookup("雄安新区")
    assert gaz.ancestors(xiongan)[0].name == "河北省"
    assert short_form("新疆维吾尔自治区") == "新疆" and short_form("臨湘市") == "临湘"
    assert [p.name for p in lookup("襄樊市")] == ["襄阳市"]  # a former name


def test_traditional_script_offsets_are_those_of_the_text():
    text = "湖南省岳陽市臨湘市教育局"
    found = find_places(text)
    assert [m.place.name for m in found] == ["湖南省", "岳阳市", "临湘市"]
    assert [text[m.start:m.end] for m in found] == ["湖南省", "岳陽市", "臨湘市"]


def test_a_countys_short_form_needs_its_full_name_a_parent_or_a_preference():
    assert names("临湘推进教育均衡") == []  # a county's short form alone: not trusted in a document
    assert names("临湘市教育局。临湘推进教育均衡") == ["临湘市", "临湘市"]
    assert names("岳阳临湘推进教育均衡") == ["岳阳市", "临湘市"]
    (linxiang,) = lookup("临湘市")
    assert names("临湘推进教育均衡", prefer={linxiang.id}) == ["临湘市"]
    assert names("临湘的学位多少", loose=True) == ["临湘市"]  # a question names places on purpose


def test_shared_names_are_settled_by_a_parent_or_not_at_all():
    assert names("江北区的学校") == []  # 江北区: 重庆 and 宁波
    assert names("宁波市江北区的学校") == ["宁波市", "江北区"]
    (ningbo_jiangbei,) = [p for p in lookup("江北区") if gazetteer().ancestors(p)[0].name == "宁波市"]
    assert [m.place.id for m in find_places("浙江省宁波市的江北区")][-1] == ningbo_jiangbei.id
    assert names("鼓楼区和台江区", prefer={p.id for p in lookup("福州市")}) == ["鼓楼区", "台江区"]


@pytest.mark.parametrize("text", [
    "新建学校12所", "中原城市群协同发展", "保护历史文化古城", "加强合作交流", "科教兴国战略", "双城经济圈建设",
    "推进城区学校扩容", "幸福建设", "海洋县域经济", "东方明珠", "长治久安", "各位来宾", "安康幸福",
])
def test_everyday_words_are_no_places(text):
    assert names(text) == [] and names(text, loose=True) == []


def _county_short_forms_outside(text: str, region: str) -> list[str]:
    gaz = gazetteer()
    (area,) = [p for p in lookup(region) if p.level == 1] or lookup(region)
    province = gaz.chain(area)[0]
    found = find_places(text)
    in_full = {m.place.id for m in found if m.form != "short"}
    return [text[m.start:m.end] for m in found
            if m.form == "short" and m.place.level == 3 and m.place.id not in in_full
            and not gaz.within(m.place, province)]


@pytest.mark.skipif(not DEV.is_dir(), reason="../shared/corpus-dev is not there")
@pytest.mark.parametrize("path", sorted(DEV.glob("*.txt")), ids=lambda p: p.stem)
def test_no_false_county_in_a_provincial_report(path):
    """A county's short form found in a report (and not also written in full there) lies in the
    report's province (measured on the ten reports: none outside)."""
    raw = path.read_text(encoding="utf-8")
    meta = extract_meta(raw, path.name, {})
    assert _county_short_forms_outside(clean(raw), meta.region[0]) == []


@pytest.mark.parametrize("path", sorted(DEFAULT_CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_no_false_county_in_a_bundled_document(path):
    raw = path.read_text(encoding="utf-8")
    meta = extract_meta(raw, path.name, {})
    assert _county_short_forms_outside(clean(raw), meta.region[0]) == []
