"""Whether a figure stands in the frame the question sets around what it asks: the period (a base period
asked, the present figure compared with it stated), the population (a whole asked, a sample's rows
summed), the comparison (two things compared, one thing's change over time computed) and the kind of
measure (a coefficient for a count or an area). Each check names what the figure is
instead, so that the verification (server/answer/verify.py) abstains with the closest passage rather
than stating it."""
from __future__ import annotations

import re

from figures.numbers import find_quantities
from ingest.normalize import normalize
from server.answer.draft import Claim, table_of
from server.answer.evidence import Reader, unit_kind
from server.query import Query

# the base of a period-on-period comparison (上年同期, 去年同期): asked as a period of its own
# when no comparison word stands before it (`比上年同期多多少` asks a change, not the base)
_BASE_PERIOD = re.compile(r"(?:上|去|前)一?(?:年度?|学年)同期")
_COMPARING = re.compile(r"(?:比|较|与|和|相比|同)$")
# a table of a sample (抽取/抽查/抽样 schools, 部分 schools, 样本): its rows are some members, never all
_SAMPLE = re.compile(r"抽取|抽查|抽样|抽测|样本|部分|随机|选取")
# a whole asked (一共, 共有, 全县): all members; and a question over the table itself (表2, 所列, 这些, 上述)
_WHOLE = re.compile(r"一共|总共|共有|合计|总数|总计|全(?:县|区|市|省|旗|镇|乡)")
_TABLE_NAMED = re.compile(r"表|所列|列出|这些|上述|以上")
# a measure with no unit by its nature: a coefficient, an index, a ratio (差异系数, 综合指数)
_DIMENSIONLESS = re.compile(r"系数|指数|比值")
# a question asking which of two things is more (哪个多, 谁更多): a comparison, not one thing's change over time
_WHICH_OF_TWO = re.compile(r"哪(?:一)?(?:个|所|家|县|区|市|方)|谁")
# words asking a change over time, not a comparison of two things (多多少, 哪个高)
_OVER_TIME = re.compile(r"增|减|提高|提升|下降|降低|上升|回落|变化|变动|涨|扩大|缩小"
                        r"|比(?:上|去|前)一?年|同比|同期|以来")


def asked_base(norm: str) -> str:
    """The base period a question asks the figure of (`上年同期…是多少`), or ''; a base compared with
    (`比上年同期增加多少`) is not asked."""
    for m in _BASE_PERIOD.finditer(norm):
        if not _COMPARING.search(norm[max(0, m.start() - 2):m.start()]):
            return m.group()
    return ""


def base_unsaid(query: Query, claim: Claim) -> str:
    """A base period asked (`去年同期的参与率`) and a stated figure whose clause does not date it by that
    period: the present figure, which a report compares with the base (`较上年同期上升2.7个百分点`), is
    not the base's."""
    asked = asked_base(query.norm)
    if not asked or claim.computed:
        return ""
    context = normalize(claim.context, drop_space=True)
    if any(not _COMPARING.search(context[max(0, m.start() - 2):m.start()]) for m in _BASE_PERIOD.finditer(context)):
        return ""
    return f"它是本期的数值，不是所问的{asked}"


def sample_for_whole(reader: Reader, query: Query, claim: Claim) -> str:
    """A whole asked (`全区总共有几名学生`) answered by a figure computed over a table of a sample
    (`抽取学校…情况`): the rows are the members the report chose to show, not all of them."""
    if not claim.computed or not _WHOLE.search(query.norm) or _SAMPLE.search(query.norm) \
            or _TABLE_NAMED.search(query.norm):
        return ""
    chunk = claim.hit.chunk
    table = table_of(reader.documents[chunk.doc_id], chunk) if chunk.row_index is not None else None
    named = normalize(table.caption if table is not None else claim.context, drop_space=True)
    sample = _SAMPLE.search(named)
    return f"它只算了表中{sample.group()}的几行，不是全部" if sample else ""


def unitless_for_unit(reader: Reader, query: Query, claim: Claim) -> str:
    """A table cell with no unit in a table or column of a coefficient (差异系数) for a question asking or
    setting a quantity in a unit (多少名, 4.5平方米): a coefficient is no count, area or amount."""
    if claim.unit or claim.computed or claim.hit.chunk.row_index is None or _DIMENSIONLESS.search(query.norm):
        return ""
    units = set(query.units) | {q.unit for q in find_quantities(query.norm) if q.is_measure}
    if not any(unit_kind(u) in ("people", "area", "money") or u in ("所", "个", "间") for u in units):
        return ""
    chunk = claim.hit.chunk
    table = table_of(reader.documents[chunk.doc_id], chunk)
    frame = normalize(" ".join([claim.context, *((table.caption, *table.columns) if table else ())]), drop_space=True)
    coefficient = _DIMENSIONLESS.search(frame)
    return f"它是无单位的{coefficient.group()}，不是所问的数量" if coefficient else ""


def change_for_comparison(query: Query, claim: Claim) -> str:
    """Two things compared (`A县和B县哪个多，多多少`) answered by a change computed over time (`由1450人减至
    1320人` → 1320 − 1450): one side's change between two dates, neither its level nor the gap between the
    two sides. A question naming two years or a change over time (增加, 提高, 变化, 比上年) asks that change."""
    if not claim.computed or not normalize(claim.context, drop_space=True).endswith("变化") \
            or not _WHICH_OF_TWO.search(normalize(query.text)) or len(set(query.years)) >= 2 \
            or _OVER_TIME.search(query.norm):
        return ""
    return "它是前后两个时点之间的变化，不是所比较的数值或两者之差"
