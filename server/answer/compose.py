"""The answer pipeline as data: handlers tried in a declared order, the first Draft wins."""
from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

from ingest.models import Chunk, Document
from server.answer.actpart import PartOfActGroup
from server.answer.agebound import AgeCeiling
from server.answer.agemiddle import AgeBandBetween
from server.answer.alldone import AllDone
from server.answer.averageceiling import AverageOverCeiling
from server.answer.bars import QuestionBars
from server.answer.barshare import BarShare
from server.answer.base import Ask, Handler, Search
from server.answer.birthbound import BirthDateBound
from server.answer.breakdownshare import BreakdownShare
from server.answer.budgetsaving import BudgetSaving
from server.answer.capshare import CapShare
from server.answer.casefinding import CaseFinding
from server.answer.casejudged import CaseJudged
from server.answer.changes import StatedChanges, YearBefore
from server.answer.classrow import ClassRowSize
from server.answer.classsize import ClassSizeSaid
from server.answer.clockbar import ClockCaseJudged
from server.answer.comparison import Comparison
from server.answer.complementrest import ComplementRest
from server.answer.complementshare import ComplementShare
from server.answer.completionjudged import CompletionJudged
from server.answer.compliance import (
    CannotJudge,
    IndicatorRowJudged,
    NamedRowJudged,
    PerStudentStandard,
    RestatedRequirement,
    StageStandards,
)
from server.answer.computed import (
    CompletionRate,
    PerHead,
    PerYearOfTerm,
    ProseComputation,
    ProseOverTable,
    ShareByVerb,
)
from server.answer.consequence import Consequence
from server.answer.consistency import StatedAlike
from server.answer.contacts import Objection, PhoneNumber, PhoneNumbers
from server.answer.countedrate import CountedRate
from server.answer.crossdoc import PerDocument, SeveralDocuments
from server.answer.dailytotal import DailyRateTotal
from server.answer.dayagainstperiod import DayAgainstPeriod
from server.answer.daysapart import DaysApart
from server.answer.derived import DefinedRate, DoneNotFinished, ListedShare, PerStudentOfStages
from server.answer.docfields import DocumentFields, FieldsOfEachDocument
from server.answer.doneshare import DoneShare
from server.answer.draft import CitationBook, Draft
from server.answer.eachtotal import EachTimesCount
from server.answer.eachunit import EachUnitCeiling, EachUnitTotal
from server.answer.edition import EarlierEditionUnsaid
from server.answer.elapsed import TimeTaken
from server.answer.evidence import Reader
from server.answer.frameshare import FrameShare
from server.answer.gates import EvidenceGate, NoPassages, OutsideCorpus
from server.answer.givenrate import GivenRateTotal
from server.answer.goals import GoalStatement
from server.answer.gradesum import GradesSummed
from server.answer.groupshare import GroupShare
from server.answer.headershare import HeaderGroupShare
from server.answer.levels import DeadlineAndLevel, LevelEvidence
from server.answer.listed import ListedTotal
from server.answer.lookup import ProseLookup, StatedRatio, TableAnswer
from server.answer.meanclasssize import MeanClassSize
from server.answer.measures import ContentItem, Measures
from server.answer.measuresranked import MeasuresRanked
from server.answer.namedcell import NamedCell
from server.answer.namedsharebar import NamedShareBar
from server.answer.nearwords import NearWords
from server.answer.outcome import DescribedCaseOutcome
from server.answer.pairrest import PairRest
from server.answer.perheadapart import PerHeadApart
from server.answer.periodcell import PeriodCell
from server.answer.periodprice import PeriodPrice
from server.answer.periodranked import PeriodRanked
from server.answer.perrecipient import PerRecipient
from server.answer.perunit import PerUnit
from server.answer.placedocs import DocumentsOfPlace
from server.answer.plangap import PlanGap
from server.answer.projects import ProjectsTotal
from server.answer.proseclasssize import ProseClassSize
from server.answer.rangeend import RangeEnd
from server.answer.ratefilter import RateFilter
from server.answer.rategap import RateTargetGap
from server.answer.raterank import RateRanked
from server.answer.ratiorule import RatioRuleJudged
from server.answer.ratios import StudentTeacherRatio
from server.answer.reachedrule import RuleBesideReached
from server.answer.remainder import Remainder
from server.answer.remains import StillThere
from server.answer.rowbar import RowUnderBar
from server.answer.rowcapshare import RowCapShare
from server.answer.rowchange import RowChange
from server.answer.rowmean import RowMean
from server.answer.rowmeanbar import RowMeanBar
from server.answer.rowproduct import RowProduct
from server.answer.rowquotient import RowQuotient
from server.answer.rowrate import RowRate
from server.answer.rowratiorule import RowRatioRule
from server.answer.rowrest import RowRest
from server.answer.rowrule import RowAgainstRule
from server.answer.rowsgap import RowsGap
from server.answer.rowshare import RowShare
from server.answer.rowsreached import RowsReachedTarget
from server.answer.rowsum import RowSum
from server.answer.rowtarget import RowTargetJudged
from server.answer.rowverdict import RowStatedVerdict
from server.answer.savingshare import SavingShare
from server.answer.schoolsize import SchoolSizeJudged
from server.answer.sections import SectionAnswer
from server.answer.several import SeveralAsks
from server.answer.sharednames import NamedInAll
from server.answer.sharegap import ShareTargetGap
from server.answer.smallschools import SmallSchoolFunding
from server.answer.stagerate import StageRateTotal
from server.answer.stagerows import StageRowsClassSize
from server.answer.standardshare import StandardShare
from server.answer.statedverdict import StatedVerdict
from server.answer.subjectrules import SubjectRules
from server.answer.tablerest import TableRest
from server.answer.tables import WholeTable
from server.answer.targetbychange import TargetByChange
from server.answer.targetrest import TargetRest
from server.answer.tenure import TenureCondition
from server.answer.theme import ThemeStated
from server.answer.totalshare import TableTotalShare
from server.answer.unitcap import UnitCap
from server.answer.unwritten import UnwrittenThing
from server.answer.verify import Verifier, names_indicator
from server.answer.wholes import WholeFromShare
from server.answer.wordedcell import WordedCell
from server.answer.yearlyheads import YearlyHeadsTotal
from server.answer.yearrates import RatesOfTwoYears
from server.answer.yearrest import YearRest
from server.answer.yearrows import YearRowsChange
from server.answer.yesno import StatedYesNo
from server.query import Query
from server.retrieve import Hit

log = logging.getLogger(__name__)

# answers from one piece of evidence (a table row or a sentence); ProseLookup always answers
LOOKUP: tuple[Handler, ...] = (TableAnswer(), StatedRatio(), ProseComputation(), ProseLookup())


class Composer:
    """Turns ranked passages into a Draft. `search(query, doc_ids)` re-queries some documents
    for cross-document questions and for one ask of several."""

    def __init__(self, documents: Mapping[str, Document], chunks: Sequence[Chunk], regions: list[str],
                 verify: bool = True, near: NearWords | None = None):
        self.documents = documents
        self.reader = Reader(documents, chunks, near)
        self.handlers: tuple[Handler, ...] = (
            OutsideCorpus(regions),  # a place no document covers
            WholeTable(named_only=True),  # a table named by its number: its rows, not places or documents
            DocumentsOfPlace(),  # the documents about a place, asked as documents: their titles, from metadata
            PhoneNumbers(),  # the numbers to call of several places: each place's own, never a count
            PerHeadApart(),  # per head by the heads asked (按参训校长算人均): a row's money cell ÷ a count stated apart
            NamedInAll(),  # the school or town every one of a place's documents names (都写到了哪个镇)
            FieldsOfEachDocument(),  # the 文号 or date of each of a place's documents (这三份通知的文号各是)
            StatedAlike(PerDocument(LOOKUP)),  # one place's documents stating the same figure (一致吗): compared
            PerDocument(LOOKUP),  # across documents: one line per document
            NoPassages(),
            UnwrittenThing(),  # names or a reckoning asked of a thing no leading document writes, or only counts
            EarlierEditionUnsaid(),  # an earlier edition asked where or when, of documents describing only their own
            PartOfActGroup(),  # a part of a group named by its act (参演的…人里老师): no count of it in that act
            DocumentFields(),  # the 文号 or 签发人 of the document asked about, from its head
            PhoneNumber(),  # a number to call (咨询电话, 监督电话): quoted with its label, never a count
            Objection(),  # whom to turn to against a result (不服找谁): the notice's 异议 sentence and its contact
            TenureCondition(),  # durations the question states (居住证满了5个月) against a notice's 满N年 conditions
            BirthDateBound(),  # a birth date the question states against a notice's age bound (…以后出生)
            AgeCeiling(),  # an age the question states (N岁, a degree) against a notice's 不超过N周岁 (or a group's)
            DayAgainstPeriod(),  # a day the question states (5月8日去还来得及吗) against the act's period or deadline
            RangeEnd(),  # the last day of a period asked (评选到哪天结束): the end of the range stated, not its start
            DescribedCaseOutcome(),  # how a case the question describes was dealt with: its table row's outcome
            GivenRateTotal(),  # a rate per head the question sets (按每生20元算): × the pupils the document counts
            StageRateTotal(),  # a stage's total paid (高中…共补助多少钱): its rate per head × its heads, one sentence
            DailyRateTotal(),  # a year's money per head per day (每名学生每日N元): heads × rate × days, one paragraph
            YearlyHeadsTotal(),  # a year's total of a standard per head per year × the place's pupils, apart
            EachTimesCount(),  # a total asked (…奖补经费总共多少) of N things and the amount for each, one sentence
            EachUnitTotal(),  # a total asked of what each unit gets (每间X配Y N名) × the X a table's total row counts
            EachUnitCeiling(),  # a bar per unit (每间X不得超过N人) judged on a table row's people ÷ its X
            PeriodPrice(LOOKUP),  # a fee asked per a period (一学期) stated per another (元/月): × or ÷ the length
            PerStudentStandard(),  # a standard per student and period (膳食补助 每生每天): the rate, never a total
            QuestionBars(),  # two or more bars the question sets (A不低于10%、B不低于20%): each judged by its subject
            RatioRuleJudged(),  # staff judged against a ratio rule (每150名住校生配1名): base ÷ 150, rounded up
            RowRatioRule(),  # a table row's staff judged against its document's ratio rule (每6名学员配1名)
            BarShare(),  # a share its document's bar is set on (X不少于经费总额的N%): a table's cell ÷ its whole
            RestatedRequirement(),  # a bar the document sets as a requirement, restated: the share reached, or none
            SmallSchoolFunding(),  # small schools' funding rule (不足100名学生按100人) against the national one
            CapShare(),  # a share's cap asked (是否超过10%的上限): the share its rule names, computed and judged
            NamedShareBar(),  # a share bounded by its name alone (X比例控制在N%以内): its counts' share, judged
            RowCapShare(),  # a row's share of two cells against the cap its prose sets (X不得超过Y的N%)
            RowMeanBar(),  # a row's people ÷ its units against the cap its prose sets per unit (每队…不超过N人)
            ClassSizeSaid(),  # a class size asked as pupils per class (48个人一个班): its stage's 班额 rule
            ProseClassSize(),  # a 班额 asked of a school whose clause states classes and pupils: ÷, its rule
            ClassRowSize(),  # a 班额 asked of a table row that is one class: its pupils against its stage's rule
            StageStandards(),  # a standard set per stage (班额): each stage's stated figure against its rule
            StageRowsClassSize(),  # a stage's 班额 asked of a table of schools: each of its rows against the rule
            AverageOverCeiling(),  # an average stated over a ceiling on every unit (平均班额 49 > 45): not met
            SchoolSizeJudged(),  # a school's size asked (规模超标吗): its pupils' sentence, never another count
            NamedRowJudged(),  # a standard asked of the school a table row names, the best sentence holding no value
            CompletionJudged(),  # a completion asked (完成情况合格吗): the rate reported against the rate required
            CaseJudged(),  # a case the question states (学生1200人、教师60人) against the bar its document sets
            ClockCaseJudged(),  # a time of day the question states (傍晚6点40分) against a bar (不得晚于18:00)
            RowUnderBar(),  # must a table's row act on a condition its prose sets (优良率低于45%的学校，须…)
            IndicatorRowJudged(),  # a standard asked of an indicator's row: its reached column's cell, judged
            RowStatedVerdict(),  # a self-evaluation table's verdict column (是否达标) in the row asked: 达到/未达到
            RowsReachedTarget(),  # which of a table's indicators reached the target their rows set: those listed
            RowTargetJudged(),  # a target asked of an indicator's row: its reached cell against the row's own target
            RowAgainstRule(),  # a row's cell the question names against the bar its document's prose sets (执行率)
            TargetRest(),  # what a progress table's row has still to do (还得发多少): its target − its running total
            TableRest(),  # the units a table leaves out (除上表所列学校外…): the prose's count − the table's total row
            RowRest(),  # a row's count less those who did it (没参加的), or short of a rate asked (要提到90%，还缺几人)
            RateTargetGap(),  # short of the rate a document sets (实现覆盖率目标还需几所), from the counts of its rate
            ShareTargetGap(),  # a share's gap to the target the question gives (离40%的目标还差), part ÷ whole first
            RateFilter(),  # rows meeting a condition on a rate the table leaves to compute (不合格 ÷ 参考人数)
            RowRate(),  # a rate of the row asked its table leaves to compute (劝返 ÷ 辍学, 已完成 ÷ 年度目标)
            RateRanked(),  # the row whose rate its table leaves to compute ranks first (哪类…完工率最高)
            RowProduct(),  # a row's 生均 × its pupils, or its count × a rate of it (优良的有多少人)
            RowSum(),  # cells of one row named by their columns, added (A园保教费加伙食费一共多少)
            RowChange(),  # two columns of the row asked, or of the total row, subtracted (到2035年比现在少多少所)
            DaysApart(),  # the days between two rows' day cells of a timetable (A比B早几天开学): calendar days
            RowsGap(),  # one column of two rows the question names, subtracted (A校教师比B校多几人)
            YearRowsChange(),  # a change over a span from a table's year rows (从2023年到2026年压减): ends subtracted
            MeanClassSize(),  # 平均班额 no table states: the row's (or the 合计 row's) pupils ÷ its classes
            RowMean(),  # people per unit asked of a row (平均每车坐几人): its people cell ÷ its unit's cell
            NamedCell(totals_only=True),  # several asks of the whole (共有多少幼儿、多少保育员): the total row's cells
            PeriodCell(),  # how often in one period (夏季…多久一次): the frequency cell of that period's table row
            PeriodRanked(),  # which period column of the named row holds the most (哪个季度X最多): ranked across
            WholeTable(),  # over a whole table: filter, count, sum, mean, max/min
            AllDone(),  # whether a whole was all done (都办结了吗): the count done against the whole, 没有 or 是
            WordedCell(),  # where a table row's event is held or what it is about (在哪办, 讲什么): that cell
            NamedCell(),  # a cell the question names by its row and its column: that cell, not the top passage
            StatedVerdict(),  # a pass/fail its sentence states (均未超过上限, 未达到…的要求): 达到/未达到 with it
            CaseFinding(),  # a case's own figure asked (收N元行不行) that a finding states with its disposal (责令): no
            RuleBesideReached(),  # a sentence stating the rule and the value reached (不少于3次 … 实际4次): judged
            TimeTaken(),  # how long something took (拖了多久才): the time taken (第40天才办结), never the limit
            StillThere(),  # a thing asked still there or not (还有没有大班额): none left (已无…) or some (仍有…)
            StatedYesNo(),  # an act asked yes or no (有没有列入预算): 有/没有 with the sentence stating it
            GoalStatement(),  # 主要(预期)目标是什么: the goal statement the document declares
            ContentItem(),  # the content asked of a service or activity (安排什么内容): its item labelled …内容：
            ThemeStated(),  # the theme of an event (…展演的主题): the quoted title its sentence states (以“X”为主题)
            Consequence(),  # what befalls those meeting a condition (不合格的会怎样): the rule's sentence opening on it
            SectionAnswer(),  # 目标/措施 by the heading that names them: every item under it
            GradesSummed(),  # an award asked whole that one list states by grade (X一等奖N个、二等奖M个): summed
            ListedTotal(),  # the sum of things a list names (A、B分别达到X、Y → X + Y)
            ProjectsTotal(),  # the total of a plan's numbered projects asked unnamed (专栏…总投资加起来)
            TargetByChange(),  # a level asked that a target sets as a change (再下降0.5个百分点): the present ∓ it
            PlanGap(),  # work done beyond its plan or short of it (比目标多建了几所): done − plan, stated apart
            Comparison(),  # the difference of two figures stated apart (比…多多少, 还需提高多少)
            RatesOfTwoYears(),  # a rate's change between two years, each year's rate stated apart
            AgeBandBetween(),  # an age band between the two stated (40到55岁之间): whole − oldest − youngest
            Remainder(),  # what a whole leaves beside a named part (非骨干教师, 除公办园以外)
            ComplementRest(),  # a part named by a quality whose complement is counted (合格的 of 不合格的): whole − it
            PairRest(),  # one of an exhaustive pair asked, the other counted (兼职 of `N名…中专职M人`): whole − it
            YearRest(),  # a multi-year whole less the year the question takes out (除去2026年，还剩多少): whole − it
            CompletionRate(),  # 完成率: what was done ÷ its target, stated apart
            PerHead(),  # 生均 not stated: the total ÷ the students its sentence counts
            PerUnit(),  # money per one thing asked (一套花了多少): one sentence's total ÷ its count
            PerRecipient(),  # money per one of a programme's recipients, counted in another sentence
            PerYearOfTerm(),  # a year's amount the document states per term only: × 2 terms
            FrameShare(),  # a kind's share of the whole framing it in one clause (40所中36所合格): 36 ÷ 40
            BreakdownShare(),  # a kind's share (中心厨房配送的园所占比) of a whole one sentence splits by kind
            ComplementShare(),  # the share that fell short (没评为优秀的占比): 100% − the rate stated (优秀率)
            ShareByVerb(),  # a share asked by who bears part of a whole (承担了几成), not by 占
            DoneShare(),  # the share of a whole done, asked by the verb of doing (维修了百分之多少): done ÷ whole
            RowShare(),  # a share of the year a table row names, from its part's and whole's cells
            RowQuotient(),  # an item's share of its table's 合计, or its amount per head (人均经费), from two cells
            TableTotalShare(),  # a part the prose names (乙类学校申报N项) over the total row of the column of the whole
            GroupShare(),  # the rows of a kind a word column names (学段 小学), summed, as a share of the 合计 row
            HeaderGroupShare(),  # a group under a two-row header (获奖人数 一/二/三等奖), summed, over its whole
            SavingShare(),  # a saving's share of the cost at the price it is stated against: saved ÷ (paid + saved)
            BudgetSaving(),  # what a purchase saved on its budget: the budget less the amount awarded (中标金额)
            WholeFromShare(),  # a group's size stated only as the base of a part's share: part ÷ share
            StudentTeacherRatio(),  # 生师比 not stated: the stage's students ÷ its full-time teachers
            DoneNotFinished(),  # 已开工未竣工: the two stages' counts stated together, subtracted
            DefinedRate(),  # 有效回收率 not stated: the counts its definition names (有效 ÷ 发放)
            CountedRate(),  # 达标率 stated only as a level to reach: 达标 ÷ the units put to the check (纳入核查)
            StandardShare(),  # a share the national standard defines (交流比例) from its part's and whole's counts
            ListedShare(),  # an item's share of the count its `其中` list splits
            PerStudentOfStages(),  # 生均 never stated: the level's amount ÷ its stages' pupils
            StatedChanges(),  # a change asked of one a passage states (从A提高到B, B、提高D个百分点)
            CannotJudge(),  # a standard asked of a total the document states: cannot be judged, and why
            SubjectRules(),  # 对X有什么要求/怎么管 of a sentence setting nothing: the rules naming X, each cited
            Measures(),  # 如何/措施: the measures with their content
            YearBefore(),  # a year no passage states, from the next year's value and its change on it
            LevelEvidence(),  # a level asked (提高到什么标准): the sentence setting it, not the baseline's
            DeadlineAndLevel(),  # a level asked with its deadline (什么时候达到多少): both, from that sentence
            # several things asked: each answered on its own, each by its own evidence passing the gate's check
            # (reader.refusal) — before the gate, which weighs every ask's terms against one passage
            MeasuresRanked(SeveralAsks(LOOKUP)),  # two measures of one place ranked (X知晓度和Y知晓率谁更高)
            SeveralAsks(LOOKUP),
            EvidenceGate(),  # the evidence lacks the year or key terms asked
            UnitCap(),  # a cap per unit asked (每班最高可用多少): the sentence setting it per unit, not a table's count
            SeveralDocuments(LOOKUP),  # no place named and several places' documents state it: each
            ProseOverTable(),  # a share the best table row cannot give, from the prose's counts
            *LOOKUP,
        )
        self.verifier = Verifier() if verify else None  # off only to measure what it changes

    def compose(self, query: Query, hits: list[Hit], search: Search, scope: list[str] | None) -> Draft:
        ask = Ask(query, hits, self.reader, search, scope, CitationBook(self.documents))
        refused: Draft | None = None
        for handler in self.handlers:
            try:
                draft = handler.try_answer(ask)
            except Exception:  # noqa: BLE001 - one strategy's fault on an odd question: the others still answer
                log.exception("answer strategy %s failed on %r", type(handler).__name__, query.norm)
                ask.book = CitationBook(self.documents)
                continue
            if draft is None:
                continue
            if draft.abstained or self.verifier is None:
                return draft
            checked = self.verifier.check(ask, draft)
            # once a figure was refused, a later strategy answers only with figures of the indicator asked:
            # the next figure found is otherwise as likely of something else
            if not checked.abstained and (refused is None or names_indicator(self.reader, ask.query, checked)):
                return checked
            refused = refused or (checked if checked.abstained else None)
            ask.book = CitationBook(self.documents)
        return refused or self.reader.abstain("文件中未找到相关内容。", ask.ranked)
