"""Query analysis and hybrid retrieval over the real corpus index."""
import pytest

from figures.indicators import BY_KEY
from server.followup import resolve_followup
from server.lexicon import plain_words, synonyms
from server.query import RegionCatalog, analyse, asks, key_terms, plain
from server.retrieve import Retriever, fuse
from server.schemas import Filters
from server.service import Service, UnknownFilter

BANAN, LIANGJIANG, HANZHONG = "banan-education-plan-2021", "liangjiang-briefing-2020", "hanzhong-lueyang-meeting-2023"


@pytest.fixture(scope="module")
def catalog(index) -> RegionCatalog:
    return RegionCatalog.from_documents(index.documents)


@pytest.fixture(scope="module")
def service(index) -> Service:
    return Service(index, generator=None)


@pytest.mark.parametrize("name", ["巴南", "巴南区", "巴南區", "巴南区人民政府"])
def test_region_aliases_in_both_scripts(catalog, name):
    query = analyse(f"{name}2025年在园幼儿数目标是多少？", catalog)
    assert query.regions == ["巴南区"] and query.unknown_regions == []


@pytest.mark.parametrize("question, region", [("榮昌區交流輪崗教師佔比", "荣昌区"), ("開州新增學位", "开州区"),
                                              ("兩江新區區管校聘", "两江新区"), ("略阳在校学生", "略阳县"),
                                              ("汉中组建教育集团", "汉中市")])
def test_each_corpus_region_is_recognised(catalog, question, region):
    assert analyse(question, catalog).regions == [region]


@pytest.mark.parametrize("question, place", [("江北区2025年的巩固率目标？", "江北区"),
                                             ("北京市义务教育巩固率", "北京市"),
                                             ("重庆市渝中区公办幼儿园占比", "渝中区"),
                                             ("温江区组建了多少个教育集团", "温江区")])
def test_places_outside_the_corpus_are_flagged_not_mapped(catalog, question, place):
    query = analyse(question, catalog)
    assert query.regions == [] and place in query.unknown_regions


def test_intent_years_stages_and_key_terms(catalog):
    q = analyse("到2025年巴南区普通初中在校学生数的目标是多少？", catalog)
    assert "target" in q.intents and q.years == ["2025"] and "普通初中" in q.stages
    assert "多少" not in q.terms and "在校学生" in "".join(q.terms)
    assert "measure" in analyse("两江新区如何推进教师区管校聘？", catalog).intents
    assert "compare" in analyse("两江新区和荣昌区小学生均公用经费标准分别是多少？", catalog).intents


def test_followups_take_what_they_leave_out_from_the_previous_question(catalog):
    history = [{"role": "user", "content": "两江新区小学生均公用经费标准是多少？"},
               {"role": "assistant", "content": "1750元/生"}]
    resolved = resolve_followup("那初中呢？", history, catalog)
    assert resolved.startswith("两江新区初中生均公用经费标准")
    carried = resolve_followup("普惠性幼儿园占比呢？", [{"role": "user", "content": "汉中市公办幼儿园占比是多少？"}],
                               catalog)
    assert carried == "汉中市普惠性幼儿园占比是多少?"  # the thing is new, the ask is the previous one's
    air = [{"role": "user", "content": "汉中市2025年空气质量优良天数比率是多少？"}]
    other = resolve_followup("那地表水质量呢？", air, catalog)
    assert other == "汉中市2025年地表水质量是多少?"
    listing = resolve_followup("那义务教育呢？", [{"role": "user", "content": "汉中市学前教育有哪些措施？"}], catalog)
    assert listing.startswith("汉中市义务教育有哪些措施")  # a new stage: the previous question, stage replaced
    own_ask = resolve_followup("专任教师有几人呢？", [{"role": "user", "content": "汉中市在校生是多少？"}], catalog)
    assert own_ask == "汉中市专任教师有几人呢？"
    assert resolve_followup("荣昌区专任教师有多少人？", history, catalog) == "荣昌区专任教师有多少人？"
    # function words jieba glues together (那到) are no words of a new topic
    earlier = [{"role": "user", "content": "巴南区2020年普通高中在校学生有多少？"}]
    later = resolve_followup("那到2025年计划达到多少？", earlier, catalog)
    assert later.startswith("巴南区2025年普通高中在校学生")
    # 去年 asks the same topic for the year before the document's: it takes the earlier year's place (read per document)
    last = resolve_followup("去年实际完成了多少？", [{"role": "user", "content": "巴南区2026年新增学位的目标是多少？"}],
                            catalog)
    assert last.startswith("巴南区去年新增学位") and "2026" not in last and "?" not in last[:-1]


def test_region_question_searches_only_that_regions_documents(service):
    query = analyse("巴南区现有幼儿园多少所", service.catalog)
    hits = service.search(query, service.scope(query, None))
    assert hits and {h.chunk.doc_id for h in hits} == {BANAN}


def test_target_question_ranks_the_indicator_table_row_first(service):
    query = analyse("巴南区2025年在园幼儿数目标是多少？", service.catalog)
    top = service.search(query, service.scope(query, None))[0]
    assert top.chunk.row_index is not None and "4.85" in top.chunk.text


def test_measure_question_ranks_a_measure_passage_first(service):
    query = analyse("两江新区如何推进教师区管校聘？", service.catalog)
    top = service.search(query, service.scope(query, None))[0]
    assert top.chunk.doc_id == LIANGJIANG and "measure" in top.chunk.labels and "区管校聘" in top.chunk.norm


def test_traditional_and_simplified_questions_find_the_same_passage(service):
    first = [service.search(analyse(q, service.catalog), None)[0].chunk.chunk_id
             for q in ("荣昌区交流轮岗教师占比是多少", "榮昌區交流輪崗教師佔比是多少")]
    assert first[0] == first[1]


def test_speaker_sections_route_within_a_shared_document(service):
    # 汉中市 and 略阳县 share one transcript: each question goes to its own speaker's part
    for question, expect in (("汉中市组建了多少个教育集团", "汉中市"), ("略阳县组建了多少个教育集团", "略阳县")):
        query = analyse(question, service.catalog)
        top = service.search(query, service.scope(query, None))[0]
        assert top.chunk.doc_id == HANZHONG and top.chunk.section.startswith(expect)


def test_rrf_rewards_agreement_between_the_rankings():
    fused = fuse([(1, 9.0), (2, 5.0)], [(1, 0.9), (3, 0.8)], "rrf")
    assert fused[1] == pytest.approx(1.0) and fused[1] > fused[2] and fused[1] > fused[3]
    assert set(fuse([(1, 9.0)], [(3, 0.8)], "bm25")) == {1}


@pytest.mark.parametrize("fusion", ["rrf", "score", "bm25", "dense"])
def test_every_fusion_method_finds_the_table_row(index, service, fusion):
    query = analyse("巴南区2025年在园幼儿数目标是多少？", service.catalog)
    hits = Retriever(index, fusion).search(query, 5, service.scope(query, None))
    assert any("4.85" in h.chunk.text for h in hits)


def test_filters_narrow_the_scope_and_reject_unknown_names(service):
    assert service.filter_scope(None) is None
    assert service.filter_scope(service_filters(regions=["巴南"])) == [BANAN]
    assert service.filter_scope(service_filters(regions=["巴南区"], doc_ids=[LIANGJIANG])) == []
    with pytest.raises(UnknownFilter, match="江北"):
        service.filter_scope(service_filters(regions=["江北区"]))
    with pytest.raises(UnknownFilter, match="nope"):
        service.filter_scope(service_filters(doc_ids=["nope"]))


def service_filters(**kwargs) -> Filters:
    return Filters(**kwargs)


def test_a_question_is_split_into_its_separate_asks():
    assert asks("两江新区5年来累计资助了多少人次家庭经济困难学生？发放了多少资金？") == [
        "两江新区5年来累计资助了多少人次家庭经济困难学生", "发放了多少资金"]
    assert asks("在校学生和专任教师各多少？") == ["在校学生多少", "专任教师多少"]
    assert asks("巴南区2025年在园幼儿数目标是多少？") == ["巴南区2025年在园幼儿数目标是多少"]
    # two actions sharing the thing counted: one ask each; a compound name asked once stays one
    assert asks("计划续建和新开工多少套安置房") == ["计划续建多少套安置房", "新开工多少套安置房"]
    assert asks("学校和幼儿园有多少所") == ["学校和幼儿园有多少所"]


def test_everyday_words_become_the_documents_words(catalog):
    assert plain("两江那边管钱的部门砸了多少钱") == "两江那边财政投入多少元"
    q = analyse("巴南上公家办的幼儿园的娃娃占了几成？", catalog)
    assert q.regions == ["巴南区"] and "公办" in q.norm and "孩子" in q.norm and q.operation == "share"
    assert plain("覆盖了多少学校") == "覆盖了多少学校"  # 盖了 only as a whole word


def test_the_lexicon_is_data_and_keeps_only_general_entries():
    words = plain_words()
    assert words["进城务工人员子女"] == "随迁子女" and words["老师"] == "教师"
    # an everyday word for one thing is not rewritten to another (托儿所 is not 幼儿园: 托位 questions)
    assert "托儿所" not in words and "一百个" not in words
    assert plain("幼儿园最后一年不用交钱") == "幼儿园最后一年免费" and plain("有多大面积") == "有多少面积"
    assert synonyms()["孩子"] == ("学生", "幼儿", "子女", "儿童")


def test_statistical_terms_are_words_of_their_own():
    assert key_terms("每千人口托位数是多少") == ["每千人口", "托位数"]  # not 每千人 / 口托 / 位数


def test_an_indicator_name_stays_one_key_term():
    assert "学前三年毛入园率" in key_terms("巴南区学前三年毛入园率目标")
    funding = BY_KEY["public_funding_per_student"].synonyms  # 学生公用经费 / 公用经费标准: either names it
    assert any(t in funding for t in key_terms("学生公用经费标准是多少"))
