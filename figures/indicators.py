"""The indicator vocabulary: many published phrasings → one indicator key, so the same
indicator can be compared across documents and checked against the national standards.

Matching is on the normalised form (`ingest.normalize.normalize`, spaces and punctuation
dropped), so `公辦幼兒園在園幼兒占比(%` and `公办园在园幼儿占比` both find
`public_kindergarten_share`. The longest synonym wins; with a unit, only indicators of a
compatible kind are considered (a rate needs %, a count must not be one).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ingest.normalize import normalize

Kind = Literal["rate", "count", "amount", "area", "coefficient"]


@dataclass(frozen=True)
class Indicator:
    key: str
    name: str  # canonical Simplified name
    kind: Kind
    synonyms: tuple[str, ...]  # Simplified, without punctuation; the name is added

    @property
    def is_rate(self) -> bool:
        return self.kind == "rate"


def _i(key: str, name: str, kind: Kind, *synonyms: str) -> Indicator:
    return Indicator(key, name, kind, (name, *synonyms))


INDICATORS: tuple[Indicator, ...] = (
    _i("enrolled_children", "在园幼儿数", "count", "在园幼儿"),
    _i("preschool_gross_enrolment", "学前三年毛入园率", "rate", "学前教育毛入园率", "毛入园率", "学前三年毛入学率"),
    _i("public_kindergarten_share", "公办园在园幼儿占比", "rate", "公办幼儿园在园幼儿占比", "公办率",
       "公办幼儿园占比"),
    _i("inclusive_kindergarten_share", "普惠率", "rate", "普惠性幼儿园覆盖率", "普惠性幼儿园占比", "普惠园覆盖率",
       "普惠性学前教育覆盖率", "普惠性学前教育资源覆盖率", "普惠覆盖率"),  # the names of rate_names.tsv
    _i("compulsory_retention", "九年义务教育巩固率", "rate", "义务教育巩固率", "巩固率"),
    _i("junior_retention", "初中三年巩固率", "rate", "初中巩固率"),
    _i("students_enrolled", "在校学生数", "count", "在校学生", "在校生", "在校中小学生", "学生人数"),
    _i("high_school_gross_enrolment", "高中阶段毛入学率", "rate", "高中阶段教育毛入学率"),
    _i("public_funding_per_student", "生均公用经费", "amount", "公用经费标准", "学生公用经费"),
    _i("special_school_funding", "特殊教育学校生均公用经费", "amount", "特殊教育学校公用经费",
       "特教学校生均公用经费", "特教学校公用经费"),  # 特教: the common short form of 特殊教育
    _i("rotation_ratio", "交流轮岗比例", "rate", "交流比例", "参与交流轮岗教师", "交流轮岗"),
    _i("backbone_rotation_ratio", "交流轮岗骨干教师比例", "rate", "交流轮岗的骨干教师", "骨干教师交流轮岗比例",
       "骨干教师交流比例", "骨干教师交流轮岗"),
    _i("backbone_teacher_share", "骨干教师占比", "rate", "骨干教师比例"),
    _i("quota_allocation_ratio", "名额分配比例", "rate", "招生名额分配比例", "分配比例", "招生名额分配"),
    _i("migrant_children_public_ratio", "随迁子女就读比例", "rate", "随迁子女在公办学校就读比例",
       "随迁子女在公办学校和政府购买服务的民办学校就读比例", "随迁子女"),
    _i("difference_coefficient", "差异系数", "coefficient", "校际差异系数", "校际综合差异系数", "综合差异系数"),
    _i("teacher_salary", "教师平均工资", "amount", "教师月平均工资", "教师平均工资收入", "教师月平均工资收入"),
    _i("civil_servant_salary", "公务员平均工资", "amount", "公务员月平均工资", "公务员月平均工资收入"),
    _i("building_area", "建筑面积", "area", "新增建筑面积"),
    _i("land_area", "占地面积", "area"),
    _i("disabled_enrolment", "残疾儿童少年入学率", "rate", "残疾儿童少年义务教育入学率"),
    _i("teacher_certification", "持证上岗率", "rate", "专任教师持证上岗率"),
    _i("training_completion", "培训完成率", "rate", "完成率"),
    # the 班额 standard binds every class: judged on the largest, never on an average
    _i("class_size", "最大班额", "count", "最大班级规模", "最大班级人数"),
    # `教师培训经费占学校年度公用经费预算总额的6.3%`: the share is written as 占 + the whole
    _i("training_funds_share", "教师培训经费占比", "rate", "培训经费占", "培训经费比例", "培训经费占比"),
    _i("nearby_enrolment", "就近划片入学比例", "rate", "就近入学比例"),
    _i("new_school_places", "新增学位", "count", "净增学位", "增加学位"),
    _i("school_pass_count", "达标学校总数", "count"),
    _i("school_pass_rate", "达标学校比例", "rate", "学校达标率", "达标率"),
    # subsidies per student with a national base standard (figures.standards): the rate, not a total
    _i("meal_subsidy", "营养膳食补助标准", "amount", "膳食补助标准", "营养膳食补助", "膳食补助"),
    _i("boarding_subsidy", "寄宿生生活费补助标准", "amount", "寄宿生生活费补助", "寄宿生生活补助",
       "寄宿生生活补助标准", "寄宿生补助"),
    _i("teachers_qualified", "每百名学生拥有高于规定学历教师数", "coefficient"),
    _i("teachers_backbone", "每百名学生拥有县级以上骨干教师数", "coefficient"),
    _i("teachers_arts_pe", "每百名学生拥有体育艺术美术音乐专任教师数", "coefficient", "每百名学生拥有艺体专任教师数"),
    _i("building_area_per_student", "生均教学及辅助用房面积", "coefficient"),
    _i("sports_area_per_student", "生均体育运动场馆面积", "coefficient"),
    _i("equipment_value_per_student", "生均教学仪器设备值", "coefficient"),
    _i("multimedia_rooms", "每百名学生拥有网络多媒体教室数", "coefficient"),
)
BY_KEY = {i.key: i for i in INDICATORS}

# stage words, longest first; values are the canonical stage names used by standards.py
_STAGES = (("中小学", ""), ("高级中学", "普通高中"), ("普通小学", "小学"), ("普通初中", "初中"),
           ("普通高中", "普通高中"), ("高中阶段", "高中阶段"), ("中等职业教育", "中等职业教育"),
           ("中等职业学校", "中等职业教育"), ("中职", "中等职业教育"),
           ("小学", "小学"), ("初中", "初中"), ("初级中学", "初中"), ("中学", "初中"), ("义务教育", "义务教育"),
           ("学前教育", "学前教育"), ("幼儿园", "学前教育"), ("特殊教育", "特殊教育"))
_PUNCT = re.compile(r"[\s\W_]+")
_UNIT_NOTE = re.compile(r"[(（][^()（）]{0,8}[)）]?$")


def match_form(text: str) -> str:
    """Normalised, punctuation and a trailing `(万人)`/`(%` unit note removed."""
    return _PUNCT.sub("", normalize(_UNIT_NOTE.sub("", text.strip())))


@lru_cache(maxsize=1)
def _synonyms() -> list[tuple[str, Indicator]]:
    pairs = [(match_form(s), ind) for ind in INDICATORS for s in ind.synonyms]
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


def compatible(indicator: Indicator, unit: str) -> bool:
    """Whether a figure in `unit` can be a value of `indicator`."""
    is_rate_unit = unit in ("%", "百分点", "‰")
    if indicator.kind == "rate":
        return is_rate_unit
    if indicator.kind == "coefficient":
        return not is_rate_unit
    if indicator.kind in ("count", "area") and unit.endswith("元"):
        return False  # money counts no heads nor measures an area (`在校生150人，…每生7200元`: not 在校生's)
    return not is_rate_unit and unit != ""


def match_indicator(text: str, unit: str | None = None) -> Indicator | None:
    """The indicator `text` names (longest synonym; nearest the end when several occur),
    restricted to those compatible with `unit` when it is given."""
    form = match_form(text)
    best: tuple[int, int, Indicator] | None = None  # (end position, length, indicator)
    for synonym, indicator in _synonyms():
        if unit is not None and not compatible(indicator, unit):
            continue
        at = form.rfind(synonym)
        if at < 0:
            continue
        candidate = (at + len(synonym), len(synonym), indicator)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best else None


def match_stage(text: str) -> str:
    """The school stage `text` names (`其中:普通小学` → 小学, `高中阶段教育` → 高中阶段), or ''."""
    return find_stage(match_form(text))[0]


def find_stage(text: str) -> tuple[str, int]:
    """The school stage `text` names (the first of the stage words, longest first, it holds; 中小学 names no one
    stage) and where its first stage word starts (-1 when none): what a text writes before it is what it says
    of the stage (城区 of 城区小学)."""
    found = [(stage, at) for word, stage in _STAGES if (at := text.find(word)) >= 0]
    return (found[0][0] if found else ""), min((at for _, at in found), default=-1)
