"""The part and the whole of a share read from the question's wording: the 中 of a school stage (高中,
初中) is no "among", and the whole of `A占B的比例` begins after 占 whichever pattern reads it."""

import pytest

from server.intent import share_nouns


@pytest.mark.parametrize("question, part, whole", [
    ("全县去年高中助学的钱占全部资助的比例", "全县去年高中助学的钱", "全部资助"),
    ("初中学生资助资金占全部资助资金的几成", "初中学生资助资金", "全部资助资金"),
    ("学前教育中公办园占比多少", "公办园", "学前教育"),
    ("普通高中在校生中女生占多少", "女生", "普通高中在校生"),
    ("专任教师里研究生学历的占几成", "研究生学历", "专任教师"),
    ("全县实有经营主体中企业占多大比例？", "企业", "全县实有经营主体"),
    ("全县补助资金中省级资金占了多大比例？", "省级资金", "全县补助资金"),
    ("某镇活动经费占合计经费多少", "某镇活动经费", "合计经费"),  # a share asked by 多少 alone
    ("某镇硕士学历教师占比是多少？", "某镇硕士学历教师", ""),  # 占比 is the share's noun, no 占 of a whole
])
def test_part_and_whole_by_the_wording(question, part, whole):
    assert share_nouns(question) == (part, whole)
