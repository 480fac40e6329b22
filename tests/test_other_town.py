"""A prose figure whose clause names one town (a 镇, 乡 or 街道 under the document's place) never answers a
question about another town the document names elsewhere (in its table). Documents written here."""
import pytest

from server.service import Service
from tests.written import first_figure, service_over

BULLETIN = """松岚县2025年学生视力筛查情况通报
松岚县教育局 2025年11月20日
一、筛查结果
全县共筛查中小学生21400人。分乡镇（街道）数据如下，各项之间用逗号隔开。
乡镇（街道）,筛查人数,近视人数
枣林镇,6200,2790
白沙乡,4100,1610
合计,10300,4400
二、存在的问题
一是部分学校户外活动时间不足；二是白沙乡小学生近视检出率为39.3%，全县平均为41.5%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "other-town", {"songlan-eyesight-bulletin-2025": BULLETIN})


def test_the_town_the_clause_names_is_answered(service: Service) -> None:
    assert first_figure(service.ask("松岚白沙乡小学生近视检出率多少")) == (39.3, "%")


def test_another_towns_figure_does_not_answer(service: Service) -> None:
    r = service.ask("松岚枣林镇小学生近视检出率多少")
    assert not any(f.value == 39.3 for f in r.figures), r.answer
