"""National 县域义务教育优质均衡 standards as data, and pass/fail checks against them.

Values from /work/shared/domain/standards.md (教督〔2017〕6号 as reported by provincial and
county pages; the full text was not available offline), and the national base standards of two
subsidies per student (营养膳食补助 per day, 寄宿生生活费补助 per year; sources at SOURCE_MEALS and
SOURCE_BOARDING). `verified=False` marks the items whose
wording was not seen verbatim: every result built from one says so.
"""
from __future__ import annotations

import operator
import re
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from figures.compute import Computation, Operand, change, decimals_of
from figures.extract import FigureRecord
from ingest.normalize import normalize

Comparator = Literal[">=", "<=", "<", ">"]
BOUNDS = {">=": operator.ge, "<=": operator.le, "<": operator.lt, ">": operator.gt}
SYMBOLS = {">=": "≥", "<=": "≤", "<": "<", ">": ">"}
NOT_SYMBOLS = {">=": "<", "<=": ">", "<": "≥", ">": "≤"}  # the relation that holds when the rule fails

SOURCE_2017 = ("教育部《县域义务教育优质均衡发展督导评估办法》(教督〔2017〕6号)，"
               "据 m.zixin.com.cn/doc/2278587.html、www.fudaoke.com/exam/3242393.html 等转述")
SOURCE_2012 = "《县域义务教育发展基本均衡县评估认定办法》(教督〔2012〕3号)，据公开页面转述"
SOURCE_RATES = "国家学前教育发展目标（standards.md「Rates」表，未见原文）"
SOURCE_MEALS = ("财政部、教育部《关于深入实施农村义务教育学生营养改善计划的通知》(2021)：自2021年秋季学期起膳食补助"
                "国家基础标准由每生每天4元提高至5元，据教育部政务新媒体“微言教育”及经济日报转述")
SOURCE_BOARDING = "财政部、教育部 城乡义务教育补助经费（家庭经济困难寄宿生生活费补助）国家基础标准，据公开转述"


class StandardError(ValueError):
    """No rule for the indicator, or the rule needs what the caller did not give (stage, reference)."""


@dataclass(frozen=True)
class Rule:
    key: str  # indicator key (figures.indicators) or a resource-indicator key (figures.cv)
    rule: str  # the rule as a sentence
    comparator: Comparator
    threshold: float | None  # None: compared with a reference value given at check time
    unit: str
    stage: str = ""  # "" = any stage
    source: str = SOURCE_2017
    verified: bool = True  # False: wording not seen verbatim (standards.md "(unverified)")
    # of a share's rule, the names of the whole it is a share of as the rule and reports write it: a share a
    # document states against that whole (`占交流轮岗教师的23.2%`) is this rule's, whatever else its clause names
    of: tuple[str, ...] = ()


def _r(key: str, rule: str, comparator: Comparator, threshold: float | None, unit: str, stage: str = "",
       source: str = SOURCE_2017, verified: bool = True, of: tuple[str, ...] = ()) -> Rule:
    return Rule(key, rule, comparator, threshold, unit, stage, source, verified, of)


RESOURCE_THRESHOLDS: dict[str, dict[str, float]] = {  # per school, 小学 / 初中
    "teachers_qualified": {"小学": 4.2, "初中": 5.3},
    "teachers_backbone": {"小学": 1.0, "初中": 1.0},
    "teachers_arts_pe": {"小学": 0.9, "初中": 0.9},
    "building_area": {"小学": 4.5, "初中": 5.8},
    "sports_area": {"小学": 7.5, "初中": 10.2},
    "equipment_value": {"小学": 2000.0, "初中": 2500.0},
    "multimedia_rooms": {"小学": 2.3, "初中": 2.4},
}
RESOURCE_NAMES = {
    "teachers_qualified": "每百名学生拥有高于规定学历教师数",
    "teachers_backbone": "每百名学生拥有县级以上骨干教师数",
    "teachers_arts_pe": "每百名学生拥有体育、艺术（美术、音乐）专任教师数",
    "building_area": "生均教学及辅助用房面积",
    "sports_area": "生均体育运动场馆面积",
    "equipment_value": "生均教学仪器设备值",
    "multimedia_rooms": "每百名学生拥有网络多媒体教室数",
}
RESOURCE_UNITS = {"building_area": "平方米", "sports_area": "平方米", "equipment_value": "元"}
# A school passes when at least 6 of its resource indicators meet their thresholds and the rest reach 85% of
# theirs (SOURCE_2017; wording unverified, standards.md); figures.cv applies it.
SCHOOL_PASS_MIN_MET = 6
SCHOOL_PASS_REST_SHARE = 0.85
CV_LIMIT = {"小学": 0.50, "初中": 0.45}
CV_LIMIT_BASIC = {"小学": 0.65, "初中": 0.55}

RULES: tuple[Rule, ...] = (
    *(_r(k, f"{RESOURCE_NAMES[k]}（{stage}）≥ {t:g}", ">=", t, RESOURCE_UNITS.get(k, ""), stage)
      for k, by_stage in RESOURCE_THRESHOLDS.items() for stage, t in by_stage.items()),
    _r("difference_coefficient", "小学校际差异系数 ≤ 0.50（各项资源配置指标）", "<=", 0.50, "", "小学", verified=False),
    _r("difference_coefficient", "初中校际差异系数 ≤ 0.45（各项资源配置指标）", "<=", 0.45, "", "初中", verified=False),
    _r("difference_coefficient_basic", "基本均衡：小学综合差异系数 ≤ 0.65", "<=", 0.65, "", "小学", SOURCE_2012),
    _r("difference_coefficient_basic", "基本均衡：初中综合差异系数 ≤ 0.55", "<=", 0.55, "", "初中", SOURCE_2012),
    _r("special_school_funding", "特殊教育学校生均公用经费不低于6000元/生/年", ">=", 6000, "元/生/年"),
    _r("teacher_salary", "教师平均工资收入水平不低于当地公务员平均工资收入水平", ">=", None, "元"),
    _r("training_completion", "教师5年360学时培训完成率达到100%", ">=", 100, "%"),
    _r("rotation_ratio", "县级教育行政部门每年交流轮岗教师的比例不低于符合交流条件教师总数的10%", ">=", 10, "%",
       # (具备 for 符合: rotation notices write the eligible teachers either way)
       of=("符合交流条件教师", "符合交流条件的教师", "符合条件教师", "符合条件的教师", "具备交流条件教师",
           "具备交流条件的教师")),
    _r("backbone_rotation_ratio", "交流轮岗教师中骨干教师的比例不低于20%", ">=", 20, "%",
       of=("交流轮岗教师", "交流教师")),
    _r("teacher_certification", "专任教师持有教师资格证上岗率达到100%", ">=", 100, "%"),
    _r("nearby_enrolment", "城区和镇区公办小学、初中（均不含寄宿制学校）就近划片入学比例分别达到100%、95%",
       ">=", 95, "%", verified=True),
    _r("quota_allocation_ratio", "全县优质高中招生名额分配比例不低于50%", ">=", 50, "%"),
    _r("migrant_children_public_ratio", "符合条件的随迁子女在公办学校和政府购买服务的民办学校就读的比例不低于85%",
       ">=", 85, "%"),
    _r("junior_retention", "全县初中三年巩固率达到95%以上", ">=", 95, "%"),
    _r("disabled_enrolment", "全县残疾儿童少年入学率达到95%以上", ">=", 95, "%"),
    _r("school_size", "小学、初中规模不超过2000人", "<=", 2000, "人"),
    _r("class_size", "小学班额不超过45人", "<=", 45, "人", "小学"),
    _r("class_size", "初中班额不超过50人", "<=", 50, "人", "初中"),
    _r("training_funds_share", "教师培训经费占学校年度公用经费预算总额不低于5%", ">=", 5, "%",
       of=("学校年度公用经费预算总额", "年度公用经费预算总额", "公用经费预算总额", "学校公用经费总额",
           "中小学公用经费总额", "公用经费总额", "公用经费补助", "公用经费补助资金")),  # as performance reports name it
    _r("social_recognition", "社会认可度达到85%以上", ">=", 85, "%"),
    _r("quality_monitoring_gap", "国家义务教育质量监测校际差异率低于0.15", "<", 0.15, ""),
    # per student and period: judged only on a figure of the same kind (每生每天 / 每生每年), never on a total
    _r("meal_subsidy", "农村义务教育学生营养膳食补助国家基础标准每生每天5元", ">=", 5, "元/生/天",
       source=SOURCE_MEALS),
    _r("boarding_subsidy", "家庭经济困难寄宿生生活费补助国家基础标准小学每生每年1000元", ">=", 1000, "元/生/年", "小学",
       SOURCE_BOARDING, verified=False),
    _r("boarding_subsidy", "家庭经济困难寄宿生生活费补助国家基础标准初中每生每年1250元", ">=", 1250, "元/生/年", "初中",
       SOURCE_BOARDING, verified=False),
    _r("public_kindergarten_share", "公办园在园幼儿占比达到50%", ">=", 50, "%", source=SOURCE_RATES, verified=False),
    _r("inclusive_kindergarten_share", "普惠性幼儿园覆盖率达到80%", ">=", 80, "%", source=SOURCE_RATES, verified=False),
    _r("preschool_gross_enrolment", "学前三年毛入园率达到85%", ">=", 85, "%", source=SOURCE_RATES, verified=False),
)


@dataclass
class ComplianceResult:
    passed: bool
    indicator: str
    value: float
    unit: str
    comparator: str
    threshold: float
    rule: str
    stage: str
    source: str
    verified: bool
    gap: Computation  # value − threshold, with formula and the value's source
    label: str = "达标"

    def __post_init__(self) -> None:
        self.label = "达标" if self.passed else "未达标"

    @property
    def verdict(self) -> str:
        return "pass" if self.passed else "fail"

    def summary(self) -> str:
        """`44.75% ≥ 10%：达标（规则…；来源…）`; a failure reads `93% < 95%（要求 ≥ 95%）：未达标`;
        `（规则原文未核实）` marks unverified rules."""
        unverified = "" if self.verified else "；规则原文未核实"
        required = f"{SYMBOLS[self.comparator]} {_num(self.threshold)}{self.unit}"
        if self.passed:
            relation = required
        else:  # how far it falls short (or over a ceiling), as reports write a gap (`差3.8个百分点`)
            short = abs(round(self.gap.value, 2))
            gap_unit = "个百分点" if self.gap.unit == "百分点" else self.gap.unit
            how = "超出" if self.comparator in ("<=", "<") else "差"
            relation = (f"{NOT_SYMBOLS[self.comparator]} {_num(self.threshold)}{self.unit}"
                        f"（要求 {required}，{how}{_num(short)}{gap_unit}）")
        return f"{_num(self.value)}{self.unit} {relation}：{self.label}（{self.rule}；{self.source}{unverified}）"

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["verdict"] = self.verdict
        d["summary"] = self.summary()
        return d


# standards that come in parts, one rule each (交流轮岗: ≥ 10% of eligible teachers, and 骨干教师 ≥ 20% of
# those rotated; ../shared/domain/standards.md): a check of either also checks the other
COMPANIONS: dict[str, tuple[str, ...]] = {"rotation_ratio": ("backbone_rotation_ratio",),
                                          "backbone_rotation_ratio": ("rotation_ratio",)}
_SCOPE = ("全省", "全市", "全区", "全县", "全国", "本县", "本市", "本区")
_SIZE = ("总人数", "总数", "人数")


def rule_of_whole(whole: str) -> str | None:
    """The key of the share rule whose whole `whole` (normalised, as a document writes it after 占) names
    (`全县符合交流条件教师总数` → rotation_ratio), or None."""
    for word in _SIZE:
        whole = whole.removesuffix(word)
    for word in _SCOPE:
        whole = whole.removeprefix(word)
    # … also with the schools or stage it is of before it (`义务教育学校交流轮岗教师`, `全年下达公用经费补助`)
    return next((r.key for r in RULES if r.of and whole in r.of), None) or \
        next((r.key for r in RULES if any(whole.endswith(w) for w in r.of)), None)

# indicators of figures.indicators whose standard is a resource rule under another key
_RESOURCE_OF_INDICATOR = {"building_area_per_student": "building_area", "sports_area_per_student": "sports_area",
                          "equipment_value_per_student": "equipment_value"}


def rules_for(key: str) -> list[Rule]:
    """The rules of an indicator key (figures.indicators) or a resource-indicator key (figures.cv)."""
    key = _RESOURCE_OF_INDICATOR.get(key, key)
    return [r for r in RULES if r.key == key]


def check(indicator_key: str, value: float, stage: str | None = None, *, reference: float | None = None,
          operand: Operand | None = None) -> ComplianceResult:
    """Pass/fail of one value against the national rule for the indicator.

    `stage` picks 小学/初中 where the rule differs; `reference` is the comparison value of a
    relative rule (教师平均工资 vs 当地公务员平均工资); `operand` carries the value's source."""
    rules = rules_for(indicator_key)
    if not rules:
        raise StandardError(f"no national 优质均衡 standard for indicator {indicator_key!r}")
    staged = [r for r in rules if r.stage]
    if staged:
        if not stage:
            raise StandardError(f"{indicator_key}: the standard differs by stage; give one of "
                                f"{', '.join(r.stage for r in staged)}")
        stage = "初中" if stage in ("中学", "普通初中") else "小学" if stage == "普通小学" else stage
        rule = next((r for r in staged if r.stage == stage), None)
        if rule is None:
            raise StandardError(f"{indicator_key}: no standard for stage {stage!r}")
    else:
        rule = rules[0]
    threshold = rule.threshold
    if threshold is None:
        if reference is None:
            raise StandardError(f"{indicator_key}: the rule compares with a reference value ({rule.rule}); give it")
        threshold = reference
    passed = BOUNDS[rule.comparator](value, threshold)
    actual = operand or Operand(label=indicator_key, value=value, unit=rule.unit, decimals=decimals_of(value))
    standard = Operand(label=f"标准：{rule.rule}", value=threshold, unit=actual.unit,
                       decimals=decimals_of(threshold), source={"kind": "standard", "text": rule.source})
    gap = change(standard, actual, label=f"{indicator_key} 与标准之差")
    return ComplianceResult(passed=passed, indicator=indicator_key, value=value, unit=rule.unit,
                            comparator=rule.comparator, threshold=threshold, rule=rule.rule,
                            stage=rule.stage or (stage or ""), source=rule.source, verified=rule.verified, gap=gap)


def check_figure(record: FigureRecord | dict[str, Any], reference: float | None = None) -> ComplianceResult | None:
    """The check for a stored figure whose indicator has a standard; None when none applies."""
    r = record if isinstance(record, FigureRecord) else FigureRecord.from_json(record)
    rules = rules_for(r.indicator or "")
    if not r.indicator or not rules or any(rule.unit and rule.unit != r.unit for rule in rules):
        return None  # no rule, or a figure in another unit (特殊教育学校公用经费 87万元 is a total)
    try:
        return check(r.indicator, r.value, r.stage or None, reference=reference, operand=Operand.from_figure(r))
    except StandardError:
        return None


# an amount its own clause states per student (`生均公用经费按每生每年5800元`, `每名学生每学年800元`, `生均公用经费
# 达到7000元`): the per-student word nearest the amount, the period it may name, a few words of no number or
# pause, the amount
_PER_STUDENT_AMOUNT = re.compile(r"(?:每生|每名?学生|生均)(?:每(?P<period>天|日|学年|年|月))?"
                                 r"(?:(?!每生|每名?学生)[^\d，,；;。、]){0,10}?(?P<amount>\d[\d,]*(?:\.\d+)?)")
_PERIOD_NAMES = {"日": "天", "学年": "年"}


_PER_STUDENT_NAME = re.compile(r"每生|每名?学生|生均")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def per_student_period(clause: str, value: float) -> str | None:
    """The period (`年`, `天`, '' when none is named) of `value` when `clause` states it per student,
    else None: a figure in 元 is a rate when its clause says so, a total otherwise. A `clause` not
    writing `value` is the name it is stated under (a table row's `生均公用经费（元）`): per student
    when that name says so."""
    norm = normalize(clause)
    for m in _PER_STUDENT_AMOUNT.finditer(norm):
        if float(m.group("amount").replace(",", "")) == value:
            period = m.group("period") or ""
            return _PERIOD_NAMES.get(period, period)
    written = any(float(n.replace(",", "")) == value for n in _NUMBER.findall(norm))
    return "" if not written and _PER_STUDENT_NAME.search(norm) else None


_SPOKEN_NAMES = Path(__file__).resolve().parent / "lexicon" / "standard_names.tsv"


@dataclass(frozen=True)
class SpokenName:
    said: str  # as a question says it (`一个老师带`)
    name: str  # as documents and the standards write it (`生师比`)
    key: str  # its key in RULES, '' when no national rule is held


@cache
def spoken_names() -> tuple[SpokenName, ...]:
    """The spoken names of standard indicators (figures/lexicon/standard_names.tsv), longest first."""
    rows = [line.split("\t") for line in _SPOKEN_NAMES.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    names = (SpokenName(r[0], r[1], "" if r[2] == "-" else r[2]) for r in rows if len(r) == 3)
    return tuple(sorted(names, key=lambda n: -len(n.said)))


def standard_named(text: str) -> SpokenName | None:
    """The standard indicator `text` names, by its written name (`生师比`) or as it is said (`一个老师带`)."""
    norm = normalize(text, drop_space=True)
    written = next((n for n in spoken_names() if n.name in norm), None)
    return written or next((n for n in spoken_names() if n.said in norm), None)


def _num(value: float) -> str:
    return f"{value:.6f}".rstrip("0").rstrip(".")
