"""A mean class size asked in words (`平均一个班多少学生`) of a school: only the school's pupils ÷ its classes, from
the sentence stating both — also one pointing back to the school its previous sentence names (`该校现有…`) — and
never a cell of another kind of the school's table row (its entrants) shown as the mean; a school whose pupils and
classes no sentence states is answered 文件中未找到. Documents written here, real ingest."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

CONTEST = """槐洲县2026年中小学生科技小制作比赛结果通报
槐洲县教育局
2026年11月6日
一、比赛概况
全县4所学校的60名学生参赛，共评出一等奖8名。

| 学校 | 参赛学生（人） | 一等奖 | 二等奖 |
| --- | --- | --- | --- |
| 槐洲县育英小学 | 21 | 4 | 6 |
| 县第三小学 | 15 | 2 | 3 |
| 县第一初级中学 | 14 | 1 | 4 |
| 滨河镇中学 | 10 | 1 | 2 |

二、表彰
本次比赛中，槐洲县育英小学获奖最多，获评优秀组织奖。该校现有在校学生1320人、教学班33个，科学教师9名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "mean-per-class", {"huaizhou-contest": CONTEST})


def test_a_schools_mean_class_from_the_sentence_pointing_back_to_it(service: Service) -> None:
    r = service.ask("槐洲县育英小学平均一个班多少学生")
    assert not r.abstained, r.answer
    assert "1320 ÷ 33 = 40 人" in r.answer and any(f.value == 40 for f in r.figures), r.answer
    text = service.index.documents["huaizhou-contest"].text
    cited = [text[c.start:c.end] for c in r.citations]
    assert any("槐洲县育英小学获奖最多" in c and "教学班33个" in c for c in cited), cited


def test_no_entrants_cell_shown_as_a_mean_class(service: Service) -> None:
    r = service.ask("县第三小学平均一个班多少学生")
    assert r.abstained, r.answer
    assert not any(f.value == 15 for f in r.figures), r.answer
