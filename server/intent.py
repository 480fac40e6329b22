"""What a question asks for, read from its wording alone: the intents (target / measure / compute /
compare), the operation to compute, whether it asks for a number and in which units, whether it
asks for a pass/fail check, and the separate asks of a question that asks several things. Query
analysis (server/query.py) stores the result on the Query; the answer handlers and server/calc.py
read it from there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from figures.direction import ASKS_FALL, ASKS_RISE, alternation
from figures.numbers import canonical_unit, whole_number
from ingest.segment import pos_tokenizer, word_cuts, words
from server.lexicon import (
    asks_spent,
    money_nouns,
    ratio_wordings,
    role_nouns,
    spoken_counters,
    stages_named,
    unit_nouns,
)
from server.mentions import IN_COUNTED
from server.operation import SHARE_BY_ACT, SUM_ASKED, asked_items, operation_of


def _wording(*kinds: str) -> str:
    """An alternation of the ratio wordings' words of each kind in turn (`?` after a kind: optional)."""
    said = ratio_wordings()
    return "".join(f"(?:{'|'.join(map(re.escape, said[k.rstrip('?')]))})" + ("?" if k.endswith("?") else "")
                   for k in kinds)


# 生师比 by its name (or 师生比, written for it) or as said (server/lexicon/ratio_wordings.tsv): how many pupils
# one teacher has (`一名教师管几个学生`, `每位初中老师平均要教多少学生`: a stage or school word may name the
# teacher's, a modal the verb's) or how many pupils come to one teacher (`几个孩子配一个老师`)
_RATIO_NAME = _wording("name")
_PUPILS_PER_TEACHER = re.compile(rf"{_wording('one', 'counter?')}[\u4e00-\u9fff]{{0,4}}?{_wording('teacher')}"
                                 rf"(?:平均)?(?:要|得|需要)?{_wording('verb')}了?"
                                 rf"{_wording('many', 'counter?', 'pupil')}|"
                                 rf"(?:平均)?{_wording('many', 'counter?', 'pupil', 'verb?')}"
                                 rf"{_wording('one', 'counter?', 'teacher')}")

# money spent on something (`花在`, `用于`, `用到了`, `投向`): what follows is what it goes to, never places compared
_SPEND_VERB, _SPEND_PREP = "[花用投]", "[在到于向]"
SPEND_ON = f"{_SPEND_VERB}{_SPEND_PREP}了?"
# (also a level asked as one to be reached, `今年年底…要到多少`, `要降到多少以下`: the level a plan sets)
_TARGET = re.compile(r"目标|到\s*20\d\d|指标|预期|预计|规划|力争|计划|要达到|约束性|"
                     r"要(?:降|降低|下降|提高|提升|升|增加|减少|控制)?到(?:多少|几)|"
                     # a level intended, in everyday words (`打算办到多少所`, `准备扩大到几所`): a plan's target
                     r"(?:打算|准备)[\u4e00-\u9fff]{0,4}?到(?:多少|几)")
_MEASURE = re.compile(r"如何|措施|做法|怎么|怎样|举措|经验|办法|途径|采取|(?:做|干|抓|开展|实施)了(?:些)?(?:什么|哪些)|"
                      r"(?:哪些|什么)[\u4e00-\u9fff]{0,4}(?:工作|机制|行动|制度|模式|方式|改革|项目|活动|工程|任务|举措|计划|政策)|"
                      r"(?:有|包括)?(?:哪些|什么)(?:内容|安排|部署|事项)|"
                      # the list named first (`重点任务有哪些`, `主要举措是什么`), as a plan heads its section
                      # (not `工程有什么目标`: the thing asked after the asking word is another)
                      r"(?:任务|举措|工程|工作)(?:主要)?(?:有|包括|是)?(?:哪些|什么)(?![\u4e00-\u9fff])|"
                      # rules and duties asked as a list (`有哪些规定`, `定了哪些考核要求`, `要做哪些事`) and
                      # where money goes (`经费用于哪些方面`): items of a section, never one figure
                      # (asked of a text by its verb: `哪些学校要求…` asks which schools)
                      r"(?:有|提了|提出了?|作了|作出了?|做了|定了|制定了?|出台了?|明确了?)哪些[\u4e00-\u9fff]{0,2}(?:规定|要求)|"
                      r"(?:做|干|办)(?:了|好)?(?:哪些|哪几件)(?:实?事)|"
                      # the next steps asked (`下一步还打算做哪些`, `今后有啥打算`): what a report sets for them
                      r"(?:下一步|下步|接下来|今后)[\u4e00-\u9fff]{0,4}(?:什么|哪些|啥)(?!时候|时间)|"
                      rf"{SPEND_ON}哪些(?:地方|方面)")
_COMPUTE = re.compile(rf"百分之(?:多少|几)|提高了?百分|平均每|{_RATIO_NAME}|占[^比].{{0,24}}(?:比例|比重)|"
                      r"重新计算|复核|"
                      r"高出多少|相差多少|"
                      r"增加了?多少|增长了?多少|增长(?:了)?百分之几|增幅|增长率|提高了?多少|减少了?多少|下降了?多少|"
                      r"变化|合计|总共|一共|总计|是否达[到标]|达标|差距|差多少|比.{0,12}(?:高|低|多|少)多少|"
                      r"从多少.{0,6}(?:到|至)多少|多还是少|高还是低")
# across places: by these words, or by naming two places (server/query.py); `分别`/`比较` alone
# ask for several things of one place
# (`钱花在哪些地方` asks where money goes, not which places; `哪些地方存在问题` asks which parts of a work fell
# short: server/answer/sections.py)
_WHERE = (rf"(?<!{_SPEND_VERB}{_SPEND_PREP})(?<!{_SPEND_VERB}{_SPEND_PREP}了)"
          r"(?:哪些|哪几个|哪个)(?:地区|区县|区|县|市|省|地方(?!存在|有(?:问题|不足))|地市|文件|报告)")
_COMPARE = re.compile(rf"{_WHERE}|各(?:地|区|县|市|省)(?!域)")
# which documents say it: a list of documents, each with the passage that says it
_WHICH = re.compile(rf"{_WHERE}[^?？]{{0,30}}?"
                    r"(?:提到|提及|出现|说到|写到|讲到|谈到|涉及|提出|有|对|在|把|将|实施|实行|推行|开展)|"
                    # `哪些材料提到了X` (not `要交哪些材料`, the papers to hand in): by a verb of mentioning
                    # (`哪几份文件讲到X`: the documents counted by 份)
                    r"(?:哪些|哪几份|哪份)(?:材料|资料)[^?？]{0,30}?(?:提到|提及|说到|写到|讲到|谈到|涉及)|"
                    # (`哪些通知把X与Y挂钩`: the documents doing a thing to X, as `哪些文件把…` above)
                    r"(?:哪几份|哪份)(?:文件|报告)[^?？]{0,30}?(?:提到|提及|说到|写到|讲到|谈到|涉及|提出)|"
                    r"(?:哪几份|哪份)(?:文件|报告)(?:把|将)|"
                    # `五份报告中，哪些提到了X`: the documents named before the asking word
                    r"(?:文件|报告|材料|资料)[^?？]{0,6}?(?:中|里)[,，]?(?:哪些|哪几份|哪个|哪份)(?:提到|提及|说到|写到|涉及|提出)|"
                    # `X在哪些报告里有`: the thing first, the documents asked where it stands
                    r"(?:在|于)哪(?:些|几份|份|几个)(?:文件|报告|材料|资料)|"
                    # `X在某区几份报告中各自讲到哪些内容`: what each of the documents named says of the thing first
                    r"(?:在|于)[^?？]{0,10}?(?:文件|报告|材料|资料)(?:里|中)(?:分别|各自?)都?"
                    r"(?:提到|提及|说到|写到|讲到|谈到|涉及)(?:了|过)?(?:什么|啥|哪些内容)|"
                    # `三份报告中X的状况如何`: what each of a place's counted documents says of X
                    rf"{IN_COUNTED.pattern}")

_GROWTH = re.compile(r"百分之(?:多少|几)|增长率|增幅|增长了?百分|增长了?多少%|增长几成|提高了?百分之")
# a change asked: by a fall or rise word as questions say it (figures/direction.py), 变化, 增至, or its two ends
_CHANGE = re.compile(rf"从多少.{{0,6}}(?:到|至)多少|{ASKS_FALL.pattern}|{ASKS_RISE.pattern}|变化|增至")
# `…的占多少`: a share asked by 占 and an asking word, not a count (`占多少人`) nor 占地
# also with its whole between (`教育经费占一般公共预算支出多少`); not 占地, 占用 (an area, a use)
_SHARE_ASKED = r"占(?![地用比])(?:[\u4e00-\u9fff\d]{0,24}?的?)?(?:多少|几)(?![人名个位所元万亿平亩项次套])"
# (a question may end with the noun it asks, `…的学校占比`: the share asked all the same)
_SHARE = re.compile(rf"占[^比]{{0,24}}?(?:的)?(?:比例|比重|百分比|百分之|几成)|{_SHARE_ASKED}|占比(?:多少|几|[?？]?$)|"
                    r"[\u4e00-\u9fff]{2,20}(?:里|当中)[,，]?[\u4e00-\u9fff]{2,20}?的(?:比例|比重)|"  # B里A的比例
                    r"[\u4e00-\u9fff]{2,20}(?:里|当中|(?<![高初])中)[,，]?[\u4e00-\u9fff]{2,20}?占比|"  # B中A占比
                    r"重新计算|复核|按人数")
_PER = re.compile(rf"平均每(?:净增|新增)?(?:一|1)?(?:个|名|位)?(?P<per>人次|人|学生|学位|名|所|个|年)|{_RATIO_NAME}")
# the value before a period's change: `“十四五”开始前有多少`, `期初是多少`
_START = re.compile(r"开始前|开始时|期初|之初|初期|起步时")
_OVER_PERIOD = re.compile(r"期间|以来|时期|年来|[一二三四五两]年间|十?[一二三四五六七八九]五")
_PREVIOUS = re.compile(r"上一年|去年|前一年|上年")
# the part and the whole of a share: `A占B的比例`, `B中A占几成`, `A占比`
# (or `A占B多少` ending the question: a share asked by its asking word alone; never `A占比是多少`, whose 占比 is
# the share's own noun and names no whole)
_PART_OF_WHOLE = re.compile(r"(?P<part>[\u4e00-\u9fff]{2,20}?)占(?!比)(?P<whole>[\u4e00-\u9fff]{2,20}?)的?"
                            r"(?:比例|比重|百分比|百分之|几成|份额|多少(?=$|[？?]))")
# "among": not the 中 ending a word (高中, 集中, 其中) nor opening 中心, 中央 (中小学生 may be among + 小学生)
_AMONG = r"(?<![高初集其适居空])中(?![心央华国])"
# (neither side holds 占, which begins the whole of `A占B的比例`)
_WHOLE_THEN_PART = re.compile(rf"(?P<whole>(?:(?!占)[\u4e00-\u9fff]){{2,20}})(?:{_AMONG}|里|当中)[,，]?"
                              r"(?P<part>(?:(?!占)[\u4e00-\u9fff]){2,20}?)的?"
                              r"(?:占了?(?:比|几成|多少|多大|百分之)|所占|比例|比重)")
# the part of a group asked by the act it did (`参赛队员有百分之几拿了奖`): the group and its act are the part, no
# whole named (server/operation.py's _SHARE_OF)
_PART_BY_ACT = re.compile(rf"(?P<group>[\u4e00-\u9fff]{{2,20}}?){SHARE_BY_ACT.pattern}")
_PART_ONLY = re.compile(r"(?P<part>[\u4e00-\u9fff]{2,20}?)的?(?:占比|所占比例|比例|比重)")
_BOTH_CHANGE = re.compile(r"(?:增加|减少|提高|下降)了?多少(?!个?百分点)[万亿]?[人个名所元平]")
_SUM = re.compile(alternation(SUM_ASKED))
# `比计划多招了多少人`: a verb may stand between 多/少 and the asking word
# (not the 比 of 比例/比重/比率: `…比例最多多少` asks a cap, no comparison)
# (a plan's work done beyond or short of it by a verb of completing: `比任务多建成几所`, `超额多少`)
_HIGHER = re.compile(r"比(?![例重率值]).{1,30}?(?:高|低|多|少)(?:[补发招建收拨投聘配出]|完成|建成)?(?:了)?(?:多少|几)|"
                     r"超额(?:完成)?了?(?:多少|几)|"
                     r"比(?![例重率值]).{1,16}?(?:多还是少|高还是低)|"
                     r"高出多少|相差多少|差多少|"
                     # more planned than now, by its verb (`多招多少人`, `要多建几所`)
                     r"(?<![最很许])多[招收建配聘补发拨投增]了?(?:多少|几)|"
                     r"还(?:需|要|差|得)(?:提高|增加|提升|减少|降低)?(?:多少|几)")
# what 达标 qualifies when it names the group counted (`达标人数`, `达标的学校`; not 不达标的, those failing),
# not a check asked
_COUNTED_AFTER = r"的?(?:人数|学生|人|学校|所|项|个)"
PASSED_GROUP = re.compile(rf"(?<![不未没])达标(?={_COUNTED_AFTER})")
# a pass/fail question, also as a yes/no one (`达到80%了吗`, `有没有达到`) and as one asking if it is enough
# (`够不够…比例`, `够标准吗`, `经费够吗`, `达没达到`, `满不满足`, `能否满足…要求`), or if it keeps the rules
# (`合规吗`, `合不合规`, `合不合要求`) or allows it (`可以吗`); 符合 only of a standard or
# asked with 吗 (`符合申报条件的学校` names a group); 达标率, 达标学校, 达标人数 name a level or a group, no check
_COMPLIANCE = re.compile(rf"是否(?!一致)|达标(?!率|验收|{_COUNTED_AFTER})|合规了?[吗么没]|合不合规|"
                         r"合不合(?:要求|标准|规定|规范)|"
                         # (a floor is a bar too: `达到市里的底线了吗`)
                         # (or a grade's line: `达到合格线没有`, `到及格线了吗`)
                         r"达到.{0,12}(?:标准|要求|目标|底线|下限|(?:合格|及格|达标)线)|不低于|有没有达到|达没达到|"
                         r"符合[^，,。？?]{0,12}(?:标准|要求|规定|规范)|符合[^，,。？?]{0,12}吗|符不符合|"
                         r"够不够|够没够|(?<!能)够了?(?:[吗么]|没有?)|够[^，,。？?]{0,12}(?:标准|要求|规定|条件)|(?<!能)够(?:比例|比重)|"
                         # a bar the question names with its amount (`够90分钟了吗`, `够3次没有`)
                         r"(?<!能)够\s*\d[^，,。？?]{0,10}?(?:了?[吗么]|没有?)|"
                         r"(?:满足|满不满足|能否满足)[^，,。？?]{0,12}"
                         # (a measured act judged by the document's own bar: `用时合格吗`, `合格没有`)
                         r"(?:标准|要求|规定)|合不合格|(?<![不])合格了?(?:[吗么]|没有?)|"
                         r"(?:有没有|有无)(?:超过|超出|高于|低于).{0,6}(?:国家|规定|标准|要求)|"
                         r"(?:达到|超过|高于|低于)[^，,。？?]{0,12}了?吗|"
                         # asked as said: `到国家要求没有`, `达到标准了没`
                         r"到[^，,。？?]{0,12}(?:标准|要求|底线|下限|(?:合格|及格|达标)线)了?没有?|"
                         # a case put to the rules as asking leave (`打算盖45平米一间的，可以吗`, `行不行`)
                         r"(?:可以|允许)吗|可不可以|行不行|允不允许|"
                         # a bar the question sets and asks kept (`控制在15.5以内了吗`, `降到10%以下没有`)
                         r"(?:控制|保持|降)(?:在|到|至)[^，,。？?]{0,12}(?:了?[吗么]|没有?)|"
                         # a bar the document sets asked kept (`占比控制住没有`)
                         r"控制住了?(?:[吗么]|没有?)|"
                         # a ceiling asked as exceeded or not (`人数超没超规定`, `超不超标`, `有没有超标`)
                         r"超没超|超不超|超标了?[吗么没]|(?:有没有|有无)超标|"
                         # … or of a bar it names (`占比有没有超5%`)
                         r"(?:有没有|有无|是否)超\s*\d")
# the bar a question sets itself (`是否达到80%`, `按不超过45人的标准`, `控制在15.5以内`): a ceiling's word (不超过,
# 低于, 控制在) or side (以内, 以下) makes it an upper bound, every other word a lower one
_THRESHOLD = re.compile(r"(?:是否|有没有|能否)?"
                        r"(?P<word>不超过|不高于|不多于|不大于|超没超过?|超不超过?|达到|超过|高于|不低于|不少于|低于|少于|(?<!能)够|"
                        r"(?:控制|保持|降)(?:在|到|至)|(?<=有没有)超(?![过出])|(?<=有无)超(?![过出]))"
                        # (the level of government that sets the bar may come between: `达到省定85%的标准`)
                        r"\s*(?:(?:国家|省|市|县|区|上级)(?:级|定|规定)?的?)?"
                        # (a target's year may come first: `达到2026年35册的目标`)
                        r"\s*(?:20\d\d\s*年(?:底|末)?的?)?"
                        r"\s*(?!20\d\d\s*年)(?P<bar>\d+(?:\.\d+)?\s*(?:%|万人|人|元|所|个|册)?)(?P<side>以内|以下|以上)?")
_CEILINGS = {"不超过": "<=", "不高于": "<=", "不多于": "<=", "不大于": "<=", "超没超": "<=", "超没超过": "<=",
             "超不超": "<=", "超不超过": "<=", "超": "<=", "低于": "<", "少于": "<",
             "控制在": "<=", "控制到": "<=", "控制至": "<=", "降在": "<=", "降到": "<=", "降至": "<=",
             "以内": "<=", "以下": "<=", "以上": ">="}

# unit families a question asks for, by its wording
# (a progress asked, `拨付进度是多少`, is a share of the work done, whatever money its fund is named by)
# a degree asked how much (社会认可度, 满意度, 知晓度: the share of those asked who say so, in %), not a
# noun of time, money or another scale ending in 度 (年度, 季度, 额度, 温度, 程度, 力度, 速度 …)
DEGREE = r"(?<![年季额温程力幅速密难深高长宽厚态角制尺调])度"
_WANTS = [(re.compile(rf"率|占比|比例|比重|百分|几成|{_SHARE_ASKED}|进度(?:是|为|达到|要达到|有)?(?:多少|几)|"
                      rf"{DEGREE}(?:是|为|达到|达|有)?(?:多少|几)"),
           ("%", "百分点")),
          # a score (`考核评了多少分`, `得分`, a paper's `满分多少`, a test's `平均分是多少`), not 分钟, 分之, 分别 …
          # (not the items scored, asked by their list: `从哪几项评分`, `哪些方面打分`, `按什么标准打分`; nor
          # 平均分配/平均分到, shared out evenly: the score's noun only right before the asking word)
          (re.compile(r"(?:多少|几)分(?![钟之别配校类批期摊担成享])|得分|(?<![项块面些准])(?:评分|打分)|分数|"
                      r"(?:满|平均|总)分(?:是|为|有)?(?:多少|几)"), ("分",)),
          (re.compile(r"多少(?:名|个)?(?:人|教师|学生|幼儿(?!园)|老师|孩子)|人数|(?<!哪)几人|(?:学生|在校生|幼儿|教师)(?:规模|数)|"
                      r"(?:学生|在校生|幼儿|教师|儿童)(?:有|共有|一共有|总共有)?多少(?![所个项万元亿元%])"),
           ("人", "人次")),
          # (a building 投入使用 is put to use: no money)
          (re.compile(r"多少钱|经费|资金|投入(?!使用)|投资|多少元|万元|亿元"), ("元",)),
          # `多少所`, not the schools a question names by their count (`等3所学校计划增加多少学位`) or
          # asks the name of (`新建哪所学校`)
          # (a count of one kind of school by its noun, `示范校数`, `幼儿园数`: in 所 too)
          (re.compile(r"多少所|(?<!哪)几所|(?<![\d一二三四五六七八九十两几哪])所学校|学校数|[校园]数"), ("所",)),
          # a count of classes or of events by its noun (`班级数`, `活动场次`), as 《教育统计报表》 counts
          # classes (班数（个）) and reports count sessions (开展活动N场)
          (re.compile(r"班级?数"), ("个",)),
          (re.compile(r"场次"), ("场",)),
          # (and the size of a building or ground asked by 多大: 《教育统计报表》 measures 校舍 and 用地 by area)
          (re.compile(r"面积|平方米|(?:楼|校舍|宿舍|教室|食堂|场馆|体育馆|操场|运动场|用地)[^，,。？?]{0,3}多大(?!程度)"),
           ("平方米", "亩", "公顷", "平方公里")),
          # how often something is done (`多久…一次`, `多长时间检查一回`): a count of times per period, in 次
          (re.compile(r"(?:多长时间|多久)[^，,。？?]{0,12}一[次回趟]"), ("次",)),
          # a length of time (`多长时间内上报`): hours, days or weeks, not a date (a count in 个, `6个月`, is
          # left to the counter's own reading)
          # (`要干几年`, `服务几年`: a term in years; not `近几年`, `这几年来`, `几年级`; a training or a course
          # lasts its 学时/课时, the class hours of 教师培训 and curriculum documents)
          # a time asked in days or in minutes by its unit (`公示几天`, `提前多少分钟`): that unit (a rule counting
          # working days with 个 answers too: server/answer/focustime.py), never years or months
          (re.compile(r"(?<![哪这那第])(?:几|多少)个?(?:天|工作日)"), ("天", "日")),
          (re.compile(r"(?<![哪这那第])(?:几|多少)分钟"), ("分钟",)),
          # a distance asked in plain words (`跑多远`, `离家多远`, `隔多远`): a length, as 体育 and 学区 documents
          # give it, or as a room's layout rules give the spacing of its desks (考场, 教室: 间距不少于N厘米)
          (re.compile(r"多远|多长距离|(?:几|多少)(?:米|公里|千米|厘米)"), ("米", "千米", "公里", "厘米")),
          (re.compile(r"多长时间|多久|(?<![哪这那])(?:几|多少)个?(?:小时|钟头)|(?<![哪这那])(?:几|多少)(?:天|分钟|周)|"
                      r"(?<![近这那前后头十])几年(?![来级前后里内间中度])"),
           ("小时", "天", "日", "分钟", "周", "年", "学时", "课时"))]
# the counters an asking word takes (`多少个`, `几所`, `多少套`): one list for every reader of asked amounts
# (门 counts courses and subjects: `开出选修课9门`, figures/lexicon/counters.tsv; 处 the places of a
# hazard or a fault that inspection reports count: `排查隐患256处`; 份 the copies, forms and samples a survey or an
# inspection counts: `回收问卷N份`, `采样N份`; 册 the volumes a book order or a library counts: `征订图书N册`)
COUNTERS = "个名所项次件家户间套张支座台批场篇条种位辆栋幢门处笔份册部"  # 部: devices, films (`多少部手机`)
COUNTER_CLASS = {"所": "学校"}  # a counter's own class of things: naming it adds nothing to count
# money asked by its unit, or by the verb of a grant (`每个学生补多少`), not a count of those granted (`资助多少人`)
_ASKS_MONEY = re.compile(r"(?:多少|几)(?:万|亿)?元|(?:补|补助|补贴|资助|奖补|拨|拨付)了?多少"
                         rf"(?![{COUNTERS}]|人|学生|幼儿|孩子|儿童|家庭)")
# per head, also as spoken (`每个学生补多少`, `每名幼儿`)
PER_HEAD = re.compile(r"生均|每生|人均|每人|每(?:个|名|位)?(?:小学|初中|中学|高中|中职)?(?:学生|生|孩子|幼儿|儿童)")
PER_HEAD_UNITS = ("元/生/年", "元/生", "元/人", "元/人/年", "元/人/月")
# `哪几件事`, `哪几所学校` ask which ones (names, measures), not how many, and `那几个工程`, `这几所学校` point at
# things named before: no counter is asked there
# (节 counts lessons: `多少节课`, `开了多少节同步课堂`; 期 the runs of a course held, `办了几期`, not 期间/期末)
_COUNTER = re.compile(rf"(?:(?<![哪那这])几|多少)(人次|趟|节(?![约省能日假])|期(?![间末中限])|座(?!位)|"
                      rf"[{COUNTERS.replace('座', '')}])"
                      r"(?!百分点)")


# nouns that begin with a counter's character (《现代汉语词典》): after an asking word they are what is counted
# (`多少家长`, `多少名额`), not 家 or 名
_COUNTER_LED = ("家庭", "家长", "家属", "名额", "名单", "户籍", "种类", "场地", "场所", "份额", "部门", "部分")


def asked_counter(norm: str) -> re.Match | None:
    """The counter an asking word takes (_COUNTER), unless its character begins a noun (_COUNTER_LED)."""
    counter = _COUNTER.search(norm)
    return None if counter is not None and counter_led(norm[counter.start(1):]) else counter


def counter_led(text: str) -> bool:
    """Whether `text` opens with a noun whose first character is also a counter (家 of 家长, 名 of 名额)."""
    return text.startswith(_COUNTER_LED)


# a unit counted with 个 (`几个小时`, `多少个月`, `几个学期`): the unit is what is asked, not 个
UNIT_AFTER_GE = re.compile(r"小时|钟头|月|学期|星期|工作日|课时|学时|季度")
# an hour in everyday speech (钟头, 《现代汉语词典》: 小时): documents count study and teaching time in class hours
# (教师培训 N学时, 课程方案 每周N课时) and other time in 小时
_SPOKEN_HOUR = ("小时", "学时", "课时")
# nouns a count of takes its counter from, where the asking word names none (`建成了几所幼儿园和小学`):
# schools in 所, classes in 个, as 教育部《教育统计报表》 counts them (学校数（所）, 班数（个）)
_NOUN_COUNTERS = (("幼儿园", "所"), ("学校", "所"), ("中小学", "所"), ("小学", "所"), ("初中", "所"),
                  ("高中", "所"), ("高校", "所"), ("园", "所"), ("校", "所"), ("班级", "个"), ("班", "个"))
# a verb on the school (返校, 离校, 到校, 入校 …) ends a phrase of what pupils did, not a school noun
_VERB_ON_SCHOOL = re.compile(r"[返离到入进留住转在]校$")
# nouns naming people: the head of a phrase counted with 个 that documents count in 名 or 人 (and people named by
# their role in an activity: server/lexicon/role_nouns.tsv)
# (师傅: a person by trade, 《现代汉语词典》 — a cook, a driver — whom documents count as 人员)
_PEOPLE_HEADS = ("孩子", "儿童", "学生", "幼儿", "教师", "老师", "老人", "居民", "患者", "妇女", "青少年", "人员",
                 "师傅")
_MODIFIER_POS = ("n", "i", "a", "b", "j", "l")  # nouns, set phrases, adjectives, distinguishing words
# a day of the week asked (`星期几`, `周几`, `礼拜几`): a time, not a count (`每周几次` is one)
ASKS_WEEKDAY = re.compile(r"(?:星期|礼拜|(?<!每)周)几(?![次节课个天回遍趟场人名位所项])")
# … and one stated (`周四下午`, `每星期三`), not a count per week (`每周一次`)
STATES_WEEKDAY = re.compile(r"(?:星期|礼拜|周)[一二三四五六日天](?![次个节遍回趟])")
# `哪几点要求` asks which ones, not how many
_ASKS_NUMBER = re.compile(r"多少|(?<!哪)几|多大|多高|数量|人数|规模|率|占比|比例|比重|目标值|达到")


@dataclass(frozen=True)
class Asked:
    """The kind of answer a question wants (its intents are kept on the Query)."""
    operation: str  # growth | change | share | ratio | sum | difference | previous | start | ''
    change: bool  # a change between two values (增加了多少, 从多少到多少)
    compliance: bool  # a pass/fail check (是否达标, 达到…标准)
    units: tuple[str, ...]  # the units an answer may be in (empty: any)
    number: bool  # asks for a number at all
    threshold: str = ""  # the standard the question itself names (`是否达到80%` → 80%)
    per: str = ""  # what an amount is divided by (`平均每人次` → 人次; 生师比)
    over_period: bool = False  # asks about a span of years (`十四五期间`, `五年来`), not one year
    part: str = ""  # of a share: the part's words (`研究生学历教师占专任教师的比例` → 研究生学历教师)
    whole: str = ""  # … and the whole's (专任教师), '' when the question leaves it to the document
    bound: str = ">="  # how a value must stand to the threshold (`不超过45人` → <=)


# a rate asked how it stands, closing the question (`就业的比例怎么样`, `合格率如何`): its value, not measures
_RATE_HOW = re.compile(r"(?:比例|比率|比重|占比|率)(?:情况)?(?:怎么样|怎样|如何)[?？]?$")


# a sum word before the count of one role (`一共请几个评委`, `总共有多少名志愿者`): people of one role are one count,
# nothing to add up; no list of things before it (`A和B一共…`)
_ROLE_SUMMED = re.compile(rf"(?<![、和与及跟同])(?:{alternation(SUM_ASKED)})"
                          r"(?=[^、和与及跟同，,]{0,6}?(?:几|多少)[个名位]?(?P<role>[\u4e00-\u9fff]{1,4})[?？呢]*$)")


def one_role_count(norm: str) -> str:
    """`norm` without a sum word asked of one role's count (server/lexicon/role_nouns.tsv): the role's count is
    what a document states, not a total of another group's."""
    summed = _ROLE_SUMMED.search(norm)
    if summed is None or not summed.group("role").endswith(role_nouns()) or asked_items(norm):
        return norm
    return norm[:summed.start()] + norm[summed.end():]


def intents_of(norm: str) -> set[str]:
    """target / measure / compute / compare (across places) / which (documents say it), by the wording."""
    found = {name for name, rx in (("target", _TARGET), ("measure", _MEASURE), ("compute", _COMPUTE),
                                   ("compare", _COMPARE), ("which", _WHICH)) if rx.search(norm)}
    if _RATE_HOW.search(norm):
        found.discard("measure")
    return found | ({"compute"} if operation_of(norm).name else set())


# a cause asked (为什么, 为啥, 什么原因): answered by the sentence stating it, not by a figure
ASKS_REASON = re.compile(r"为什么|为啥|为何|(?:什么|啥)原因|原因是(?:什么|啥)|怎么会")


def classify(norm: str, intents: set[str]) -> Asked:
    """The kind of answer the normalised question `norm` with these intents asks for."""
    if ASKS_REASON.search(norm) and not _ASKS_NUMBER.search(norm):
        # `经费为什么少了`: the cause a document states, never the amount of the change
        return Asked("", False, False, (), False, "", "", False, "", "", ">=")
    recognised = operation_of(norm)  # the change wordings (server/operation.py), else the rules below
    change = "compute" in intents and bool(_CHANGE.search(norm) or _GROWTH.search(norm)) or \
        recognised.name in ("change", "growth", "multiple")
    units = wanted_units(norm)
    threshold = _THRESHOLD.search(norm)
    per = _PER.search(norm)
    operation = recognised.name or _operation(norm, change)
    part, whole = share_nouns(norm) if operation == "share" or "%" in units else ("", "")
    pupils_per_teacher = re.search(_RATIO_NAME, norm) or _PUPILS_PER_TEACHER.search(norm)
    compliance = bool(_COMPLIANCE.search(norm))
    if compliance and not change and "百分点" not in norm:
        # a level judged against a bar (`巩固率达到省定标准了吗`) is a rate, never a gap in points
        # (`…比全市平均低5.2个百分点`)
        units = tuple(u for u in units if u != "百分点")
    # a bar the question sets and asks kept (`控制在16以内了吗`) asks the value reached, to judge it
    return Asked(operation, change, compliance, units,
                 bool(units or _ASKS_NUMBER.search(ASKS_WEEKDAY.sub("", norm)) or threshold and compliance),
                 threshold.group("bar") if threshold else "",
                 "生师比" if pupils_per_teacher else recognised.per or (per.group("per") or "" if per else ""),
                 bool(_OVER_PERIOD.search(norm)), part, whole,
                 bar_bound(threshold.group("side") or threshold.group("word")) if threshold else ">=")


def without_own_bar(norm: str) -> str:
    """`norm` without the bar it sets and asks kept (`控制在16以内了吗`): those words are the question's, and a
    document's target written the same way (`…控制在16以内`) is no value reached."""
    threshold = _THRESHOLD.search(norm)
    if threshold is None or not _COMPLIANCE.search(norm):
        return norm
    return norm[:threshold.start("word")] + " " + norm[threshold.end():]


def bar_bound(word: str) -> str:
    """The comparator a value must meet a bar with, by the word that sets the bar (不超过 → <=, 达到 → >=)."""
    return _CEILINGS.get(word, ">=")


_ASKING_ONLY = re.compile(r"多少|几|多大")


def share_nouns(norm: str) -> tuple[str, str]:
    """(part, whole) of the share a question asks for, by its wording."""
    act = _PART_BY_ACT.search(norm)
    if act and not _SHARE.search(norm):
        return act.group("group") + act.group("act"), ""
    for rx in (_WHOLE_THEN_PART, _PART_OF_WHOLE, _PART_ONLY):
        m = rx.search(norm)
        if m:
            whole = m.groupdict().get("whole") or ""
            # (`A占多少比例`: the asking word names no whole)
            return m.group("part"), "" if _ASKING_ONLY.fullmatch(whole) else whole
    return "", ""


def _operation(norm: str, change: bool) -> str:
    if _PER.search(norm) or _PUPILS_PER_TEACHER.search(norm):
        return "ratio"
    if _START.search(norm):
        return "start"
    if _PREVIOUS.search(norm) and "同比" in norm:
        return "previous"
    if _SHARE.search(norm) or _PART_BY_ACT.search(norm):
        return "share"
    if _HIGHER.search(norm):
        return "difference"
    if _GROWTH.search(norm) and not _BOTH_CHANGE.search(norm):
        return "growth"
    if _SUM.search(norm):
        return "sum"
    if change:
        return "change"
    return ""


# the noun counted after the people and 的: theirs (`孩子的家庭`), or one a clause of their head count describes
# (`…少于三十人的教学点`); not what is done for them (`…接受心理疏导的服务`)
_HEAD_COUNT = r"不到|不足|不满|少于|低于|超过|多于|以上|以下|[\d一二三四五六七八九十百千万]+\s*[人名]"
_HEAD_AFTER = re.compile(rf"(?:[^的]*?(?:{_HEAD_COUNT})[^的]*)?的(?!{'|'.join(_PEOPLE_HEADS)})[\u4e00-\u9fff]")


def _counts_people(text: str) -> bool:
    """Whether the phrase right after a counter 个 is headed by a noun naming people (`孤独症孩子免费…`,
    `残疾孩子做康复`), its modifiers nouns or adjectives; not a thing of theirs (`残疾儿童家庭`, `幼儿园`)."""
    tagged = list(pos_tokenizer().cut(text))
    for i, word in enumerate(tagged):
        if word.word.endswith(_PEOPLE_HEADS + role_nouns()):
            if _HEAD_AFTER.match(PART_END.split("".join(w.word for w in tagged[i + 1:]), maxsplit=1)[0]):
                return False  # `几个孩子少于三十人的教学点`: the people describe the thing counted after 的
            return i + 1 == len(tagged) or not tagged[i + 1].flag.startswith("n")
        # (a clause closed by 的 describes the head as well: `几个打饭的师傅`)
        if not word.flag.startswith(_MODIFIER_POS) and word.word != "的" \
                and not (i + 1 < len(tagged) and tagged[i + 1].word == "的"):
            return False
    return False


def counts_things_of_people(norm: str) -> bool:
    """Whether a count asked with 个 is of things its people only describe (`几个孩子少于三十人的教学点`):
    no count of people answers it."""
    counter = asked_counter(norm)
    if counter is None or counter.group(1) != "个":
        return False
    phrase = PART_END.split(norm[counter.end():], maxsplit=1)[0]
    at = [phrase.find(h) + len(h) for h in _PEOPLE_HEADS if h in phrase]
    return bool(at) and bool(_HEAD_AFTER.match(phrase[min(at):]))


def wanted_units(norm: str) -> tuple[str, ...]:
    """The units an answer may be in: the counter it asks with (`多少个学位` → 个, whatever else the
    question mentions), else by its wording (率 → %, 经费 → 元)."""
    if _ASKS_WHEN.search(norm) and not _ASKS_AMOUNT.search(norm):
        return ()  # `补助资金哪天到位`: a date, not an amount of the money the question names
    counter = asked_counter(norm)
    if counter and counter.group(1) == "个" and (_counts_people(norm[counter.end():])
                                                 or _PEOPLE_CLOSING.match(norm, counter.end())
                                                 or _people_before(norm, counter)):
        return "人", "人次"  # `多少个孤独症孩子`: people counted with 个, which documents count in 名/人
    if counter and counter.group(1) == "个" and (unit := UNIT_AFTER_GE.match(norm, counter.end())):
        return _SPOKEN_HOUR if unit.group() == "钟头" else (unit.group(),)
    if counter:
        return _documents_counter(norm, counter) or (canonical_unit(counter.group(1)),)
    implied = _implied_counter(norm) or ("所" if _SCHOOLS_CLOSING.search(_closed_on(norm)) else "")
    if implied:
        return (implied,)
    # an amount of money asked outright (`每个孩子约合多少元`, `多少学生资助资金`), whatever people the question names
    units = ("元",) if _ASKS_MONEY.search(norm) or asked_noun_kind(norm) == "money" \
        else next((units for rx, units in _WANTS if rx.search(norm)), ())
    if not units and _closing_noun_kind(norm) == "money":  # `学前教育预算多少`, `资金是多少`
        units = ("元",)
    if not units and "钱" in norm and asks_spent(norm):  # `钱用掉多少了`: money paid out, asked by its verb
        units = ("元",)
    # people asked with words between the asking word and their noun (`有多少艺术专任教师`, `多少乡村学生`):
    # a count in 人/名, as _WANTS reads the noun right after the asking word
    if not units and "people" in (asked_noun_kind(norm), _closing_noun_kind(norm)):
        units = ("人", "人次")
    if units == ("元",) and PER_HEAD.search(norm):  # 生均公用经费: an amount per student, not a total
        return PER_HEAD_UNITS
    return units


# 个人 closing the question (`小组有几个人`): people, whom documents count in 人/名, never a count of 个
_PEOPLE_CLOSING = re.compile(r"人(?:[?？。!！,，吗呢啊呀]|$)")
# the words between a noun and the asking word closing on it (`预算是多少`, `资金一共多少`)
_ASK_LEAD = re.compile(r"(?:是|为|有|约|大约|大概|一共|总共|共|合计)+$")
_ASK_WORD = re.compile(r"多少|(?<!哪)几")  # an asking word for an amount (哪几 asks which ones)
# a date or time asked (`什么时候开工`, `哪天公布`, `几月几号报名`), and an asking word for an amount beside it
# (`何时达到多少`), not one of a date's (几月, 几号, 几点)
_ASKS_WHEN = re.compile(r"什么时候|啥时候|何时|什么时间|哪一?天|几月几[日号]?|几号")
_ASKS_AMOUNT = re.compile(r"多少|多大|多高|多长|多久|(?<!哪)几(?![月日号点])")


def _people_before(norm: str, counter: re.Match) -> bool:
    """A count asked with 个 closing the question on people named before it (`…学生几个`, `教师有几个`): people,
    whom documents count in 人/名, as when the noun follows the counter."""
    after = PART_END.split(norm[counter.end():], maxsplit=1)[0].strip("?？。!！ 呢啊呀")
    return not after and _ASK_LEAD.sub("", norm[:counter.start()]).endswith(_PEOPLE_HEADS)


def _documents_counter(norm: str, counter: re.Match) -> tuple[str, ...]:
    """The counter the documents count the asked thing with, and the spoken one asked (`幼儿园有几家` → 所,
    家), where the counter is one speech puts on a noun the question's part names
    (server/lexicon/spoken_counters.tsv); else ()."""
    part = _part_at(norm, counter.start())
    after = PART_END.split(norm[counter.end():], maxsplit=1)[0].strip("?？。!！ ")
    if not after:
        part = norm[:counter.start()]  # `…心理辅导室，现在建好了多少个`: the thing counted was named before
    for spoken, written, nouns in spoken_counters():
        # a one-character noun (校, 园) names the thing counted after the counter only as its head, at the
        # end (`几家民办园`); inside a word it is of another thing (`几家校服供应商` counts 供应商)
        if counter.group(1) == spoken and (any(noun in after if len(noun) > 1 else after.endswith(noun)
                                               for noun in nouns) if after
                                           else any(noun in part for noun in nouns)):
            return written, spoken
    return ()


def _part_at(norm: str, at: int) -> str:
    """The part of a question (between its commas and question marks) holding offset `at`."""
    start = max((m.end() for m in PART_END.finditer(norm, 0, at)), default=0)
    end = PART_END.search(norm, at)
    return norm[start:end.start() if end else len(norm)]


def _implied_counter(norm: str) -> str:
    """The counter of the noun the first asking word's phrase ends with (`几所幼儿园和小学` → 所), or ''."""
    ask = _ASK_WORD.search(norm)
    if ask is None:
        return ""
    phrase = PART_END.split(norm[ask.end():], maxsplit=1)[0].rstrip("?？。!！ ")
    before = PART_END.split(norm[:ask.start()])[-1]
    if any(before.endswith(noun) for noun in money_nouns()):
        return ""  # `投资多少新建中小学校`: an amount, the schools are what it builds
    if _VERB_ON_SCHOOL.search(phrase):
        return ""  # `多少学生已离校`: the phrase ends on what pupils did, no school is counted
    return next((counter for noun, counter in _NOUN_COUNTERS if phrase.endswith(noun)), "")


def asked_noun_kind(norm: str) -> str:
    """The kind of unit (server/lexicon/unit_nouns.tsv) of the noun the first asking word asks of, by the
    noun its phrase ends with (`发放了多少学生资助资金` → money: 资金, not the 学生 before it), else ''."""
    ask = _ASK_WORD.search(norm)
    if ask is None:
        return ""
    phrase = PART_END.split(norm[ask.end():], maxsplit=1)[0].rstrip("?？。!！ ")
    # (`给多少人发了…补贴`: a count, of what its counter says; not 家 of 家长, a noun's first character)
    if re.match(rf"[{COUNTERS}人]", phrase) and not counter_led(phrase):
        return ""
    return next((kind for noun, kind in sorted(unit_nouns().items(), key=lambda x: -len(x[0]))
                 if phrase.endswith(noun)), "")


def _closed_on(norm: str) -> str:
    """The words before the first asking word when it closes the ask (`排查学校是多少` → 排查学校), else ''."""
    ask = _ASK_WORD.search(norm)
    if ask is None or PART_END.split(norm[ask.end():], maxsplit=1)[0].strip("?？。!！ "):
        return ""
    return _ASK_LEAD.sub("", PART_END.split(norm[:ask.start()])[-1])


def _closing_noun_kind(norm: str) -> str:
    """The kind of unit of the noun the first asking word closes on, nothing after it (`预算多少`), else ''."""
    before = _closed_on(norm)
    return next((kind for noun, kind in sorted(unit_nouns().items(), key=lambda x: -len(x[0]))
                 if before and before.endswith(noun)), "")


# schools closing an ask (`排查学校是多少`, `民办幼儿园有多少`): counted in 所, as _NOUN_COUNTERS after the asking word
_SCHOOLS_CLOSING = re.compile(r"(?:学校|幼儿园)$")


# one question asking several things: its parts end at a question mark or comma and hold an asking word
PART_END = re.compile(r"[?？,，;；]|并且|以及")
# 多大/多高/多长 ask a measure by its size (`建筑面积多大`); `多大程度` asks how far, no figure
# (几期: the runs of a course or an issue held, server/lexicon/note_counters.tsv; not a counter of COUNTERS, whose
# readers would take 一期 of 一期工程 for one of them)
ASKING = re.compile(rf"多少|几[{COUNTERS}人年档类级期]|多大(?!程度)|多[高长久]|是什么|什么时候|哪一年|哪一?天|吗$")
# a list of things asked together: `A、B和C各多少` / `A和B的目标是什么` / `新建多少个A和B`
_LIST_WORDS = frozenset({"和", "与", "及", "以及", "、"})
_RANGE_AFTER = re.compile(r"以上|以下|其他|其它")  # `本科及以上`: 及 inside a range, no list
_ASK_AFTER_LIST = re.compile(r"(?:各|分别)?(?:是|有|为|在)?(?:多少|几|是什么|哪一?天|什么时候)")
_ASK_BEFORE_LIST = re.compile(rf"(?:多少|几)(?:[{COUNTERS}]|人次)?")
EACH = re.compile(r"各|分别")


# one clause asking twice (`有多少所学校、多少名学生`, `续建多少套和新开工多少套`): cut at the list word
# before the second asking word
# (a 、 only ever lists: the words after it may hold a 及 or 与 of a verb, `、惠及多少学生`, `、参与多少人`)
_SECOND_ASK = re.compile(rf"、(?=[^、，,]{{0,8}}?(?:多少|几[{COUNTERS}人年]))|"
                         r"(?:以及|和|及|与|并)(?=[^、，,和及与]{0,8}?(?:多少|几[个名所人项次年套]))")
_FROM_TO = re.compile(r"从.{0,12}(?:多少|几).{0,12}(?:到|至|增至|提高到|增加到)")
# what a list's first item carries for every item: the time it is asked for (`2026年续建和新开工…`)
TIME_HEAD = re.compile(r"^\s*(?:到|至|在)?(?:(?:19|20)\d\d\s*年(?:底|末|初(?!中))?|今年|明年|去年|"
                        r"“?十[一二三四五六七八九]五”?(?:时期|期间|末)?)(?:计划|要|将|拟|预计)?")


# a deadline inside the first item, after the words that say who sets it (`甲区计划到2027年…`)
TIME_WITHIN = re.compile(r"(?:到|至)\s*(?:19|20)\d\d\s*年(?:底|末)?(?:计划|要|将|拟|预计)?")


def spaced_asks(text: str) -> str:
    """A question typed with a space between its asks (`A多少人 B多少人`, as chat input often is): each space
    read as the comma it stands for, when every piece it cuts holds an asking word; `text` unchanged else."""
    pieces = text.split()
    if len(pieces) < 2 or not all(ASKING.search(p) for p in pieces):
        return text
    return "，".join(pieces)


def asks(text: str) -> list[str]:
    """The separate asks of a question (`…多少人次？发放了多少资金？` → two; `在园幼儿和保育员各多少人`
    → two; `有多少所学校、多少名学生` → two), each as its own text."""
    return [item for _, items in ask_lists(text) for item in items]


def ask_lists(text: str) -> list[tuple[str, list[str]]]:
    """The asks of a question by the clause they come from: each clause with the asks its list of
    things was cut into (one, itself, when it lists nothing)."""
    if (terse := _bare_figures(text)) is not None:
        return ask_lists(terse)
    found: list[tuple[str, list[str]]] = []
    before = ""
    for part in PART_END.split(text):
        part = part.strip()
        if not ASKING.search(part):
            before = part
            continue
        listed = _each_of_clause_before(before, part)
        found += [(part, listed)] if listed else [(piece, _each_item(piece)) for piece in _clauses(part)]
        before = ""
    return found


# the last word of a thing a figure states: a count (学校数, 活动场次), a rate (入学率), a ratio (生师比), an
# amount (经费额), a duration (服务时长, counted in 小时 or 天)
_FIGURE_END = re.compile(r"(?:数|率|量|额|比|人次|场次|时长)$")
# any word asking something else than each figure (哪些, 什么, 如何, 吗 …)
_ASKS_OTHER = re.compile(r"哪|什么|怎|如何|为何|为啥|吗|呢|是否|有没有|能否|可否|要求|规定|措施|情况")


def _bare_figures(text: str) -> str | None:
    """A terse question that only lists what it wants (`乙县幼儿园数、在园幼儿、专任教师`): no asking word, two or
    more things joined by 、, each a noun a figure states (a count, a rate, a noun of server/lexicon/
    unit_nouns.tsv such as 在校生 or 经费). Read as asking each (`…各多少`); None otherwise."""
    bare = text.strip().rstrip("?？。")
    if "、" not in bare or ASKING.search(bare) or _ASKS_OTHER.search(bare) or PART_END.search(bare):
        return None
    items = list_items(bare)
    nouns = tuple(unit_nouns())
    if len(items) < 2 or not all(_is_item(i) and (_FIGURE_END.search(i) or i.endswith(nouns)) for i in items):
        return None
    return f"{bare}各多少"


def _each_of_clause_before(before: str, part: str) -> list[str]:
    """`甲县规划点名的A校和B校，今年资金各分到多少`: the things a clause before an ask lists (after its last 的),
    which the ask spreads over by 各/分别 — one ask per thing, each with the clause's head and the ask."""
    spread = EACH.search(part)
    if not before or spread is None or len(_each_item(part)) > 1:
        return []
    cut = before.rfind("的") + 1
    items = list_items(before[cut:])
    if len(items) < 2 or not all(_is_item(i) for i in items) or _BY_EXAMPLE.match(items[-1]):
        return []
    ask = part[:spread.start()] + part[spread.end():]
    return [f"{before[:cut]}{item}，{ask}" for item in items]


def _clauses(part: str) -> list[str]:
    """A clause that asks twice, cut before the list word that starts its second ask (a change
    `从多少到多少` and a combination `A和B合计多少` are one ask)."""
    if len(ASKING.findall(part)) < 2 or _FROM_TO.search(part):
        return [part]
    # (a word combining items, `A和B合计多少`, keeps them one ask; asks listed by 、, each with its own asking
    # word, are still several — `A一共多少、B多少`: the 一共 is the first one's)
    combined = bool(_COMBINED.search(part))
    pieces, start = [], 0
    bounds = word_cuts(part)
    for m in _SECOND_ASK.finditer(part):
        if m.start() in bounds and ASKING.search(part, start, m.start()) and not (combined and m.group() != "、"):
            pieces.append(part[start:m.start()])
            start = m.end()
    pieces.append(part[start:])
    if combined and not all(ASKING.search(p) for p in pieces):
        return [part]
    first = ASKING.search(pieces[0])
    lead = pieces[0][:first.start()] if first else ""  # `新建多少所学校和多少个学位`: 新建 is the second's too
    time = TIME_HEAD.match(pieces[0])
    shared = time.group(0).strip() if time else ""
    rest = [lead + p if ASKING.match(p) else p if not shared or p.startswith(shared) else shared + p
            for p in pieces[1:]]
    # the school stage the first ask opens with (`小学多少所、在校生几人、教师几人`) is every later ask's
    # that names none: the counts of one stage asked in a row, not the whole county's
    stage = stages_named(lead)
    return [pieces[0]] + [p if not stage or stages_named(p) else stage[0][0] + p for p in rest]


# the word for a target after a list of indicators (`毛入园率和巩固率目标`), which every indicator has
_GOAL_TAIL = re.compile(r"(?:年均)?(?:增长|提高)?(?:预期|规划|计划)?(?:目标值?|指标值)$")
# items combined into one figure (not 占比, a share each item has; not the 比 ending a ratio's name:
# `生师比分别是多少`)
# (a ratio's name listed with other things, `生师比和班级数`, compares nothing: no 比 before a list word)
_COMBINED = re.compile(r"合计|总共|一共|总计|加起来|之和|相差|差距|差多少|占(?!比)|"
                       r"(?<![占对])比(?!例|重|率|分别|各|是|为|和|、|及|与).{0,12}(?:多|少|高|低)")


def _each_item(part: str) -> list[str]:
    """One ask per item of a list of things asked together, or the part itself (also when the
    question combines the items: `A和B的面积合计`)."""
    if _COMBINED.search(part):
        return [part]
    before = _ASK_BEFORE_LIST.search(part)
    if before:  # `新建多少个托育中心和托育机构`: the list follows the asking word
        items = list_items(part[before.end():])
        if len(items) >= 2 and all(_is_item(i) for i in items):
            return [part[:before.end()] + i for i in items]
    after = _ASK_AFTER_LIST.search(part)
    if after is None:
        return [part]
    items = list_items(part[:after.start()])
    ask = EACH.sub("", part[after.start():], count=1)
    crossed = _crossed(part[:after.start()], ask) if EACH.search(part[after.start():]) else []
    if crossed:
        return crossed
    if len(items) < 2 or _BY_EXAMPLE.match(items[-1]):
        return [part]  # `甲校、乙校、丙校等3所学校`: names given as examples of one group
    spread = EACH.search(items[-1])
    if spread:  # `城镇和农村居民收入分别增长多少`: what follows 分别 is the ask of every item
        ask = items[-1][spread.end():] + ask
        items[-1] = items[-1][:spread.start()]
    head, tail = "", ""
    if "的" in items[0]:  # `课后服务的参与率和满意度`: what precedes 的 belongs to every item
        cut = items[0].rindex("的") + 1
        head, items[0] = items[0][:cut], items[0][cut:]
    if "的" in items[-1]:  # `A和B的年均增长目标`: what follows the last 的 belongs to every item
        cut = items[-1].rindex("的")
        items[-1], tail = items[-1][:cut], items[-1][cut:]
    elif goal := _GOAL_TAIL.search(items[-1]):  # `A和B目标是多少`: each has its own target
        if goal.start() >= 2:
            items[-1], tail = items[-1][:goal.start()], goal.group()
    if not all(_is_item(i) for i in items[1:]):
        return [part]
    counted = _ASK_BEFORE_LIST.match(part, after.start())
    shared_object = counted is not None and len(part[counted.end():].strip(" ?？。")) >= 2  # 在建和新建多少套周转房
    if not EACH.search(part[after.start():]) and not spread and not tail and not shared_object:
        return [part]  # `A和B是多少` without 各/分别 or a shared head noun: one thing with a compound name
    time = (TIME_HEAD.match(items[0]) or [None, *TIME_WITHIN.finditer(items[0])][-1]) if not head else None
    if time and len(items[0]) - time.end() >= 2:  # `2026年续建和新开工…`: the year is every item's
        # (so is a deadline after the place or the plan that sets it: `甲县计划到2027年A和B分别达到多少`)
        head, items[0] = items[0][:time.end()].strip(), items[0][time.end():]
    items = _shared_noun(_counted_class(items))
    if not all(_is_item(i) for i in items):
        return [part]
    return [f"{head}{i}{tail}{ask}" for i in items]


# `A、B、C三类隐患`: after the last item, the count of the items and the class noun they share
_COUNTED_CLASS = re.compile(r"(?P<n>[2-9]|[二两三四五六七八九])(?:类|项|种|个|方面)(?P<noun>[\u4e00-\u9fff]{1,6})$")


def _counted_class(items: list[str]) -> list[str]:
    """`[A, B, C三类隐患]` → `[A隐患, B隐患, C隐患]`: a list closed by its own count and class noun names every
    item of that class; the count is no part of the last item (nor an ask of its own)."""
    m = _COUNTED_CLASS.search(items[-1].strip()) if len(items) >= 2 else None
    count = m and whole_number(m["n"])
    if m is None or m.start() < 2 or count != len(items):
        return items
    return [i.strip() + m["noun"] for i in items[:-1]] + [items[-1].strip()[:m.start()] + m["noun"]]


def _crossed(listed: str, ask: str) -> list[str]:
    """`A和B的X、Y各是多少`: a list of things, 的, then a list of measures, spread by 各/分别 — every measure
    of every thing, one ask each; [] when either side lists fewer than two."""
    cut = listed.rfind("的")
    if cut < 0:
        return []
    things, measures = list_items(listed[:cut]), list_items(listed[cut + 1:])
    if len(things) < 2 or len(measures) < 2 or not all(_is_item(i) for i in [*things, *measures]) \
            or _BY_EXAMPLE.match(measures[-1]):
        return []
    return [f"{thing.strip()}的{measure.strip()}{ask}" for thing in things for measure in measures]


_BY_EXAMPLE = re.compile(r"[^、，,]{1,8}?等(?:\d|[一二三四五六七八九十两几]+[个所项名家条])")  # not 中等职业


def list_items(text: str) -> list[str]:
    """`A、B和C` → [A, B, C], cut at the words 和/与/及/、 (not inside 参与, 普及, nor 及 of
    `本科及以上`, nor 和 of `A和B、C`, whose first item is `A和B`). Short modifiers before a noun they share
    (`城镇和农村居民收入`, `小学和初中专任教师占比`) each get the noun."""
    items, current, at = [], "", 0
    # a list set off by 、 joins its last item by 和 (`A、B和C`): a 和 before a 、 joins one item's own parts (a
    # compound label, `国家和省级、市级、企业捐赠`), no two items
    last_pause = text.rfind("、")
    for word in words(text):
        at += len(word)
        compound = word != "、" and at <= last_pause
        if word in _LIST_WORDS and not compound and not (word == "及" and _RANGE_AFTER.match(text, at)):
            items.append(current)
            current = ""
        else:
            current += word
    return items + [current]


def _shared_noun(items: list[str]) -> list[str]:
    """`[城镇, 农村居民人均可支配收入]` → `[城镇居民人均可支配收入, 农村居民人均可支配收入]`: items
    before the last as short as the last's first word (a stage, 城镇/农村) share the words after it."""
    short = {len(i.strip()) for i in items[:-1]}
    last = items[-1].strip()
    if len(items) < 2 or len(short) != 1 or (size := short.pop()) > 3 or len(last) < size + 2:
        return items
    if len(words(last)) == 1:  # `小学、初中、普通高中`: a last item of one word shares nothing
        return items
    # a school stage opening the last item is its own whole (普通高中 of `初中、中职、普通高中毕业生`): the words
    # after it are shared
    stage = next((w for w, _ in stages_named(last) if last.startswith(w)), "")
    if len(stage) > size:
        noun = last[len(stage):]
        return [i.strip() + noun for i in items[:-1]] + [last] if len(noun) >= 2 else items
    noun = last[size:]
    # the shared words start at a word of the last item, or two characters or more into one (居民 of the
    # word 农村居民): one character left of a word ends the last item's own verb, and the words after
    # that verb are shared (续建、新扩建幼儿园 → 续建幼儿园; 新建 shares no `建了` with `改扩建了`)
    at = 0
    for word in words(last):
        if at < size < at + len(word) and at + len(word) - size < 2:
            noun = last[at + len(word):]
        at += len(word)
    if len(noun) < 2:
        return items
    return [i.strip() + noun for i in items[:-1]] + [last]


# an asking word or a 少 of quantity (`人数偏少`) inside a list item: the item asks or describes, it names no thing
# (少 naming youth names things: 少年宫, 青少年, 少先队)
_ASKS_IN_ITEM = re.compile(r"多少|几|[?？]|少(?![年先])")


def _is_item(text: str) -> bool:
    return 2 <= len(text.strip()) <= 16 and not _ASKS_IN_ITEM.search(text)
