"""A mean class size asked in words (`平均每个班有几名学生`) of a school: only the school's pupils ÷ its classes, from
the sentence stating both — also one pointing back to the school its previous sentence names (`该校现有…`) — and
never a cell of another kind of the school's table row (its entries) shown as the mean; a school whose pupils and
classes no sentence states is answered 文件中未找到. Documents written here, real ingest."""
from __future__ import annotations

import pytest

from server.service import Service
from tests.written import service_over

CONTEST = """槐洲县少儿科技小制作评比结果
槐洲县教育局
2026年11月6日
一、评比概况
4所学校送来作品60件，评出金奖8件。

| 学校 | 送评作品（件） | 金奖 | 银奖 |
| --- | --- | --- | --- |
| 槐洲县育英小学 | 21 | 4 | 6 |
| 河埠镇小学 | 15 | 2 | 3 |
| 槐洲县城东中学 | 14 | 1 | 4 |
| 石渡乡中学 | 10 | 1 | 2 |

二、表彰
槐洲县育英小学的作品质量最好，被评为组织先进单位。该校目前共有学生1320人和教学班33个，配科学教师9名。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Service:
    return service_over(tmp_path_factory, "mean-per-class", {"huaizhou-contest": CONTEST})


def test_a_schools_mean_class_from_the_sentence_pointing_back_to_it(service: Service) -> None:
    r = service.ask("槐洲县育英小学平均每个班有几名学生")
    assert not r.abstained, r.answer
    assert "1320 ÷ 33 = 40 人" in r.answer and any(f.value == 40 for f in r.figures), r.answer
    text = service.index.documents["huaizhou-contest"].text
    cited = [text[c.start:c.end] for c in r.citations]
    assert any("育英小学的作品质量最好" in c and "教学班33个" in c for c in cited), cited


def test_no_entries_cell_shown_as_a_mean_class(service: Service) -> None:
    r = service.ask("河埠镇小学平均一班大约多少人")
    assert r.abstained, r.answer
    assert not any(f.value == 15 for f in r.figures), r.answer
