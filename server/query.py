"""What a question asks: normalised text, intent, regions, years, school stages, key terms.

Routing decisions (which labels to boost, which documents to search, when a region is
outside the corpus) are made from this analysis; follow-ups ("那初中呢？") are resolved
against the previous question before analysis.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from figures.indicators import INDICATORS
from ingest.normalize import normalize
from ingest.segment import tokenize
from server.regions import RegionCatalog, short_name  # noqa: F401 - short_name re-exported for server.answer

_TARGET = re.compile(r"目标|到\s*20\d\d|指标|预期|预计|规划|力争|计划|要达到|约束性")
_MEASURE = re.compile(r"如何|措施|做法|怎么|怎样|举措|经验|办法|途径|采取|"
                      r"(?:哪些|什么)[\u4e00-\u9fff]{0,4}(?:工作|机制|行动|制度|模式|方式|改革|项目|活动)")
_COMPUTE = re.compile(r"百分之(?:多少|几)|提高了?百分|平均每|生师比|占[^比].{0,24}(?:比例|比重)|重新计算|复核|"
                      r"高出多少|相差多少|"
                      r"增加了?多少|增长了?多少|增长(?:了)?百分之几|增幅|增长率|提高了?多少|减少了?多少|下降了?多少|"
                      r"变化|合计|总共|一共|总计|是否达[到标]|达标|差距|差多少|比.{0,12}(?:高|低|多|少)多少|"
                      r"从多少.{0,6}(?:到|至)多少|多还是少|高还是低")
_COMPARE = re.compile(r"哪些(?:地区|区县|区|县|地方|文件)|哪个(?:地区|区|县)|各地|各区|分别|比较|对比|相比|区别|异同")
_YEAR = re.compile(r"(20\d\d)\s*年?")
_ALTERNATIVES = re.compile(r"[“\"]([^”\"]{2,12})[”\"]\s*(?:或者?|还是|和|与|、)\s*[“\"]([^”\"]{2,12})[”\"]")
# the indicator vocabulary's names of four characters or more, longest first
INDICATOR_NAMES = sorted({normalize(n, drop_space=True) for i in INDICATORS for n in i.synonyms if len(n) >= 4},
                          key=lambda n: (-len(n), n))  # deterministic among names of equal length
_ELLIPTIC = re.compile(r"呢[?？。!！\s]*$|^(?:那么?|还有|另外)")

# 学段: one question's stage replaces the previous one in a follow-up
STAGES = ("学前教育", "幼儿园", "学前", "义务教育", "普通小学", "小学", "普通初中", "初中", "普通高中", "高中阶段",
          "高中", "中等职业教育", "中职", "职业教育", "特殊教育", "高等教育")

# the asking part of a question, cut out before its key terms are taken
_SCAFFOLD = re.compile(
    r"(?:是否)?(?:达到|符合|满足)[^?？,，]{0,16}(?:标准|要求)|"
    r"百分之(?:多少|几)|多少个?百分点|是多少|有多少|为多少|多少[个名所人元次项]?|几[个名所成]?|是什么|有哪些|"
    r"哪些|哪个|什么|如何|怎样|怎么样?|是否|有没有|分别|请问|告诉我|吗|呢|啊|吧|[?？!！,，。、;；:：“”\"'‘’《》()（）]")
# words that ask, compute or refer rather than name: never key terms for the "is it in the documents" check
QUESTION_WORDS = frozenset(
    "多少 是多少 什么 哪些 哪个 哪里 几 几个 多大 多高 多长 情况 怎么 怎样 如何 是否 有没有 有无 "
    "请问 请 告诉 介绍 一下 "
    "我 想 知道 问 吗 呢 的 了 是 有 在 和 与 及 或 或者 为 对 将 要 能 可以 到 年 数目 数量 数字 具体 主要 "
    "目标 指标 预期 预计 规划 计划 措施 做法 举措 经验 办法 途径 采取 推进 开展 工作 文件 文中 提到 提出 说 "
    "地区 区县 各地 分别 比较 对比 相比 区别 一共 总共 合计 增加 增长 提高 减少 变化 达到 达标 差距 "
    "政策 方面 相关 内容 哪 那 那么 还有 另外 呀 啊 吧 该 这个 这些 当地 上述 它 其中 这次 那次 又 实际 "
    "百分 百分之 百分点 分点 期间 时期 重新 计算 算出 出来 给出 一致 符合 国家 标准 要求 规定 "
    "大约 约 平均 每个 还是 更 更大 更高 更多 最高 最多 规模 水平 一年 上一年 比例 占比 比重 "
    "全区 全县 全市 本区 该区 该县 为了 那边 这边 以后 之后 以来 跟着 过来 那些 日常 一下 多长 时间 "
    "人数 按人数".split())

# everyday phrasings of what the documents name officially, rewritten before analysis so that
# retrieval and the evidence check see the documents' words (longest phrase first)
PLAIN_WORDS = (
    ("管钱的部门", "财政局"), ("管钱的", "财政"), ("吃公家饭的干部", "公务员"), ("吃公家饭的", "公务员"),
    ("公务员干部", "公务员"), ("公家办的", "公办"), ("公家的", "公办"), ("私人办的", "民办"), ("托儿所", "幼儿园"),
    ("小朋友", "幼儿"), ("外出打工的爹妈", "随迁子女"), ("打工的爹妈", "随迁子女"), ("进城务工人员子女", "随迁子女"),
    ("农民工子女", "随迁子女"), ("外来务工子女", "随迁子女"), ("娃娃们", "孩子"), ("娃娃", "孩子"), ("孩子们", "孩子"),
    ("娃", "孩子"), ("乡下", "乡村"), ("村里", "农村"), ("村小", "乡村小规模学校"), ("教书的人", "教师"),
    ("教书的", "教师"), ("当老师", "教师"), ("老师们", "教师"), ("老师", "教师"), ("每个月挣的", "月平均工资"),
    ("每月挣", "月平均工资"), ("挣的", "工资"), ("工资待遇", "工资"), ("额外", ""), ("贴多少钱", "补助多少元"),
    ("补贴", "补助"), ("座位", "学位"), ("多出了", "新增"), ("多出", "新增"), ("砸了", "投入"), ("砸", "投入"),
    ("花了多少钱", "投资多少"), ("花了", "投资"), ("多少钱", "多少元"), ("凑不够", "不足"), ("不够", "不足"),
    ("一百个", "100名"), ("日常运转的钱", "公用经费"), ("运转经费", "公用经费"), ("办公经费", "公用经费"),
    ("身子骨", "体质健康"), ("身体素质", "体质健康"), ("测评过关", "合格"), ("过关", "合格"),
    ("放学以后", "课后服务"), ("放学后", "课后服务"), ("看孩子写作业", "作业辅导"), ("写作业", "作业辅导"),
    ("家长买账", "满意度"), ("买账", "满意度"), ("帮着", ""), ("参加了", "参与"), ("这五年", "5年来"),
    ("五年来", "5年来"),
    ("满意不满意", "满意度"), ("几成", "占比"), ("涨到", "提升至"), ("涨了", "提高"),
    ("上学的地方", "学位"), ("大班额", "大班额"), ("盖学校", "新建学校"), ("盖了", "新建"),
)
_PLAIN = re.compile("|".join(re.escape(a) for a, _ in sorted(PLAIN_WORDS, key=lambda p: -len(p[0]))))
_PLAIN_MAP = dict(PLAIN_WORDS)

# one question asking several things: its parts end at a question mark or comma and hold an asking word
_PART_END = re.compile(r"[?？,，;；]|并且|以及")
_ASKING = re.compile(r"多少|几[个名所人项次年]|是什么|什么时候|哪一年|吗$")
# `在校学生和专任教师各多少人` → one ask for each of the two
_EACH = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,10}?)(?:和|与|及|、)(?P<b>[\u4e00-\u9fff]{2,10}?)(?:各|分别)(?:是|有|为)?"
                   r"(?P<ask>多少|几)(?P<unit>.*)$")


def asks(text: str) -> list[str]:
    """The separate asks of a question (`…多少人次？发放了多少资金？` → two), each as its own text."""
    parts = []
    for part in _PART_END.split(text):
        part = part.strip()
        if not _ASKING.search(part):
            continue
        m = _EACH.search(part)
        if m:
            head = part[:m.start()]
            parts += [f"{head}{m.group(n)}{m.group('ask')}{m.group('unit')}" for n in ("a", "b")]
        else:
            parts.append(part)
    return parts


@dataclass
class Query:
    text: str  # the question after follow-up resolution, as the user wrote it
    norm: str  # normalised (Simplified, half-width)
    intents: set[str] = field(default_factory=set)  # target / measure / compute / compare
    regions: list[str] = field(default_factory=list)  # canonical corpus regions named
    unknown_regions: list[str] = field(default_factory=list)  # places named that the corpus does not cover
    years: list[str] = field(default_factory=list)
    stages: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # key content terms (normalised)
    # what the retrievers see: the region names are dropped, since the search is already
    # restricted to that region's documents and the names would only favour title passages
    search_text: str = ""
    asks: list[str] = field(default_factory=list)  # the separate things asked, region names blanked


def plain(norm: str) -> str:
    """Everyday phrasings replaced by the documents' words (`管钱的部门` → `财政局`)."""
    return _PLAIN.sub(lambda m: _PLAIN_MAP[m.group(0)], norm)


def analyse(question: str, catalog: RegionCatalog) -> Query:
    norm = plain(normalize(question))
    known, unknown, rest = catalog.find(plain(normalize(question, drop_space=True)))
    years = list(dict.fromkeys(_YEAR.findall(norm)))
    intents = {name for name, rx in (("target", _TARGET), ("measure", _MEASURE), ("compute", _COMPUTE),
                                     ("compare", _COMPARE)) if rx.search(norm)}
    if len(known) > 1 and not intents & {"compare"}:
        intents.add("compare")
    stages = _stages(norm)
    for place in unknown:
        rest = rest.replace(place, " ")
    search_text = rest.strip() if known and len(rest.strip()) >= 2 else norm
    return Query(question, norm, intents, known, unknown, years, stages, _with_alternatives(key_terms(rest), norm),
                 search_text, asks(rest))


def _with_alternatives(terms: list[str], norm: str) -> list[str]:
    """`“县管校聘”或“区管校聘”` → one term `县管校聘|区管校聘`, found when either is."""
    for m in _ALTERNATIVES.finditer(norm):
        pair = [normalize(m.group(1), drop_space=True), normalize(m.group(2), drop_space=True)]
        if all(p in terms for p in pair):
            terms = [t for t in terms if t not in pair] + ["|".join(pair)]
    return terms


def _stages(norm: str) -> list[str]:
    found: list[str] = []
    rest = norm
    for stage in STAGES:  # longest forms first within each family, so 普通初中 wins over 初中
        if stage in rest:
            found.append(stage)
            rest = rest.replace(stage, " ")
    return found


def key_terms(text: str) -> list[str]:
    """Content words of the question, longest forms only (骨干教师, not also 骨干 and 教师); an
    indicator's published name stays one term (学前三年毛入园率), so any of its names can match."""
    asked = _SCAFFOLD.sub(" ", _YEAR.sub(" ", text))
    indicators = []
    while True:  # leftmost, then longest name first: 学生公用经费标准 → 学生公用经费
        found = [(asked.find(n), -len(n), n) for n in INDICATOR_NAMES if n in asked]
        if not found:
            break
        name = min(found)[2]
        indicators.append(name)
        asked = asked.replace(name, " ")
    tokens = list(dict.fromkeys(indicators + [t for t in tokenize(asked) if _is_key_term(t)]))
    return [t for t in tokens if not any(t != u and t in u for u in tokens)]


def _is_key_term(token: str) -> bool:
    return (len(token) >= 2 and token not in QUESTION_WORDS and not token.isdigit()
            and any("\u4e00" <= ch <= "\u9fff" or ch.isalpha() for ch in token))


# --- follow-ups ----------------------------------------------------------------------------------

def resolve_followup(question: str, history: list[dict] | None, catalog: RegionCatalog) -> str:
    """The question with what it leaves out taken from the previous user question.

    `巴南区2025年普通小学在校学生数目标？` then `那普通初中呢？` → `巴南区2025年普通初中在校学生数目标？…`;
    `汉中市公办幼儿园占比？` then `普惠性幼儿园占比呢？` → the new words with 汉中市 carried over.
    """
    previous = None
    for turn in history or []:
        if turn.get("role") == "user" and turn.get("content", "").strip():
            content = turn["content"].strip()
            previous = _merge(content, previous, catalog) if previous else content
    return _merge(question, previous, catalog) if previous else question


def _merge(question: str, previous: str, catalog: RegionCatalog) -> str:
    new = analyse(question, catalog)
    if new.regions or new.unknown_regions or "compare" in new.intents:
        return question  # names its own place, or asks across places: a question of its own
    old = analyse(previous, catalog)
    own = [t for t in new.terms if t not in old.terms and t not in new.stages]
    if not own and (new.stages or new.years or _ELLIPTIC.search(new.norm)):
        # `那初中呢？` / `到2025年要达到多少？`: the previous question with the new stage or year
        merged = _substitute(normalize(previous), old.stages, new.stages)
        merged = _substitute(merged, old.years, new.years)
        return f"{merged} {question}"
    carried = "".join(old.regions) + "".join(f"{y}年" for y in old.years if not new.years)
    return f"{carried}{question}"


def _substitute(text: str, old: list[str], new: list[str]) -> str:
    if not new:
        return text
    if old:
        return text.replace(old[0], new[0], 1)
    return text.rstrip("?？。") + f"（{new[0]}）"
