"""Metadata on every layout: the development corpus measured against its SOURCES.md, and
documents of each layout written here, in both scripts, with the site furniture they come with."""
import importlib.util
from pathlib import Path

import docx
import pytest

from ingest.clean import clean
from ingest.load import load_file
from ingest.metadata import extract_meta

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("measure_metadata", ROOT / "scripts" / "measure_metadata.py")
measure_metadata = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(measure_metadata)

needs_dev = pytest.mark.skipif(not measure_metadata.DEV.is_dir(), reason="../shared/corpus-dev is not there")


@needs_dev
def test_every_field_of_the_development_corpus():
    wrong = [(doc, field, expected, got) for group, doc, field, expected, got in measure_metadata.measure()
             if group == "dev" and expected != got]
    assert wrong == []


def test_bundled_documents_where_their_text_states_the_field():
    rows = [r for r in measure_metadata.measure() if r[0] == "bundled"]
    right = sum(expected == got for _, _, _, expected, got in rows)
    # hanzhong's title and issuer and rongchang's issuer are not in their texts (the manifest has them)
    assert right == len(rows) - 3


FURNITURE = "下载 打印 全屏 收藏\n【字号：加大 还原 减小】\n您的位置：首页 > 要闻\n分享：\n"
TRAILER = ("\n责任编辑：李四\n扫一扫在手机打开当前页\n打印本页 关闭窗口\n相关报道：\n两会特别报道\n"
           "代表委员热议政府工作报告\n")


def test_work_report_with_furniture_and_title_without_the_province():
    raw = (FURNITURE + "2025年政府工作报告\n来源：甘肃日报\n2025-02-05 08:30:00\n"
           "——2025年1月16日在甘肃省第十四届人民代表大会第三次会议上\n省长　任振鹤\n各位代表：\n"
           "现在，我代表省人民政府，向大会报告工作。\n一、2024年工作回顾\n全省新增学位3.2万个。\n" + TRAILER)
    meta = extract_meta(raw, "gansu.txt", {})
    assert meta.title == "2025年甘肃省政府工作报告"  # the province from the subtitle, not "政府工作报告"
    assert (meta.date, meta.speaker, meta.issuer) == ("2025-01-16", "任振鹤", "甘肃省人民政府")
    assert meta.region == ["甘肃省"] and meta.genre == "工作报告"
    text = clean(raw)
    for junk in ("下载", "字号", "您的位置", "分享", "责任编辑", "扫一扫", "打印本页", "相关报道", "两会特别报道"):
        assert junk not in text, junk
    assert text.startswith("2025年政府工作报告\n") and text.endswith("全省新增学位3.2万个。")


def test_bare_title_takes_the_region_and_the_year_it_was_delivered():
    raw = ("政府工作报告\n——2025年1月20日在福建省第十四届\n人民代表大会第三次会议上\n福建省省长 赵龙\n各位代表：\n"
           "现在报告工作。\n")
    meta = extract_meta(raw, "fj.txt", {})
    assert (meta.title, meta.speaker, meta.date) == ("2025年福建省政府工作报告", "赵龙", "2025-01-20")


def test_traditional_news_article_with_source_and_time_lines():
    raw = ("首頁 > 新聞中心 > 教育\n臨湘市新增公辦學位2000個\n來源：\n岳陽日報\n時間：\n2024-09-02 10:15\n"
           "【字體：大 中 小】\n臨湘市今年秋季新增公辦學位2000個。\n（記者 王五 攝）\n")
    meta = extract_meta(raw, "linxiang.txt", {})
    assert meta.title == "臨湘市新增公辦學位2000個" and meta.script == "traditional"
    assert (meta.issuer, meta.date, meta.region) == ("岳陽日報", "2024-09-02", ["临湘市"])
    assert "記者" not in clean(raw) and "字體" not in clean(raw)


def test_notice_of_a_plan_with_document_number_and_signature():
    raw = ("宁德市蕉城区人民政府关于印发《蕉城区“十四五”教育发展规划》的通知\n蕉政〔2021〕88号\n各乡镇人民政府：\n"
           "现将《蕉城区“十四五”教育发展规划》印发给你们，请认真贯彻落实。\n宁德市蕉城区人民政府\n2021年11月30日\n")
    meta = extract_meta(raw, "jiaocheng.txt", {})
    assert meta.title == "蕉城区“十四五”教育发展规划" and meta.number == "蕉政〔2021〕88号"
    assert (meta.issuer, meta.date) == ("宁德市蕉城区人民政府", "2021-11-30")
    assert (meta.region, meta.genre) == (["蕉城区"], "规划")


def test_speech_of_a_bureau_head():
    raw = "在全县教育工作会议上的讲话\n会宁县教育局局长 刘强\n（2024年2月26日）\n同志们：\n今天召开全县教育工作会议。\n"
    meta = extract_meta(raw, "huining.txt", {})
    assert meta.title == "在全县教育工作会议上的讲话" and meta.speaker == "刘强"
    assert meta.issuer == "会宁县教育局" and meta.region == ["会宁县"] and meta.genre == "讲话"


def test_a_common_word_is_no_place():
    """新建, 中原, 古城 are county short forms and everyday words: a document naming them is not theirs."""
    raw = "关于加快中原地区古城保护的意见\n新建学校12所，中原城市群协同发展。\n"
    assert extract_meta(raw, "x.txt", {}).region == []


BUREAU_NOTICE = ["平江县教育局文件", "平教发〔2025〕12号", "平江县教育局关于做好2025年义务教育招生入学工作的通知",
                 "各乡镇中心学校，县直各学校：", "为做好2025年义务教育招生入学工作，现将有关事项通知如下。",
                 "一、招生原则", "坚持免试就近入学。", "平江县教育局", "2025年3月10日", "（此件公开发布）",
                 "抄送：县人民政府办公室。", "平江县教育局办公室　　　　2025年3月12日印发"]


def _bureau_notice_file(tmp_path: Path, suffix: str) -> Path:
    path = tmp_path / f"notice{suffix}"
    if suffix == ".docx":
        document = docx.Document()
        for line in BUREAU_NOTICE:
            document.add_paragraph(line)
        document.save(str(path))
    elif suffix == ".html":
        path.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in BUREAU_NOTICE) + "</body></html>",
                        encoding="utf-8")
    else:
        path.write_text("\n\n".join(BUREAU_NOTICE), encoding="utf-8")
    return path


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx", ".html"])
def test_bureau_notice_red_head_number_signature_and_printing_line(tmp_path, suffix):
    """The red head (`…文件`) and 文号 sit above the title; the signature dates the notice, not the
    printing line below it."""
    meta = extract_meta(load_file(_bureau_notice_file(tmp_path, suffix)).text, f"notice{suffix}", {})
    assert meta.title == "平江县教育局关于做好2025年义务教育招生入学工作的通知"
    assert (meta.issuer, meta.date, meta.number) == ("平江县教育局", "2025-03-10", "平教发〔2025〕12号")
    assert (meta.region, meta.genre) == (["平江县"], "通知")


def test_printing_line_dates_a_notice_without_a_signature_date():
    raw = ("关于开展中小学课后服务的通知\n各学校：\n请认真组织实施。\n抄送：市教育局。\n"
           "某县教育局办公室　2025年4月2日印发\n")
    assert extract_meta(raw, "x.txt", {}).date == "2025-04-02"


def test_speech_with_a_bracketed_date_and_a_speaker_in_the_title():
    raw = ("在全市教育工作会议上的讲话\n市委副书记、市长  张建国\n（2025年2月20日）\n同志们：\n"
           "今天召开全市教育工作会议。\n")
    meta = extract_meta(raw, "speech.txt", {})
    assert (meta.title, meta.speaker, meta.date) == ("在全市教育工作会议上的讲话", "张建国", "2025-02-20")
    assert meta.genre == "讲话"
    titled = extract_meta("李明同志在2025年全县教育大会上的讲话\n同志们：今天我们召开大会。\n", "s2.txt", {})
    assert titled.speaker == "李明" and titled.genre == "讲话"
    assert extract_meta("县长在全县教育大会上的讲话\n同志们：\n", "s3.txt", {}).speaker == ""  # a role is no name


def test_news_item_with_outlet_and_date_on_one_line_and_labels_side_by_side():
    meta = extract_meta("衡阳：推进义务教育优质均衡\n衡阳日报 2025年5月6日\n近日，衡阳市召开推进会。\n", "n.txt", {})
    assert (meta.title, meta.issuer, meta.date) == ("衡阳：推进义务教育优质均衡", "衡阳日报", "2025-05-06")
    assert meta.genre == "新闻"
    raw = ("株洲市新增公办学位1.5万个\n发布时间：2025-08-30 09:12　来源：株洲市教育局\n"
           "今年秋季全市新增公办学位1.5万个。\n")
    meta = extract_meta(raw, "n2.txt", {})
    assert (meta.issuer, meta.date, meta.region) == ("株洲市教育局", "2025-08-30", ["株洲市"])


def test_traditional_notice_and_minguo_dates():
    raw = ("宜蘭縣教育局關於印發《宜蘭縣教育發展計劃》的通知\n宜教發〔2024〕5號\n各學校：現將計劃印發給你們。\n"
           "宜蘭縣教育局\n2024年5月6日\n")
    meta = extract_meta(raw, "yilan.txt", {})
    assert (meta.title, meta.number, meta.issuer, meta.date) == (
        "宜蘭縣教育發展計劃", "宜教發〔2024〕5號", "宜蘭縣教育局", "2024-05-06")
    assert (meta.script, meta.genre, meta.region) == ("traditional", "计划", ["宜兰县"])
    letter = extract_meta("臺中市政府教育局函\n發文日期：中華民國114年3月5日\n發文字號：中市教小字第1140012345號\n"
                          "主旨：有關本市新生入學事宜，請查照。\n", "tc.txt", {})
    assert (letter.date, letter.number, letter.script) == ("2025-03-05", "中市教小字第1140012345號", "traditional")


OFFICIAL_LETTER = """檔　　號：
保存年限：
嘉義縣政府　函
地址：61249嘉義縣太保市祥和一路東段1號
承辦人：林科員
電話：05-3620123
受文者：本縣各國民中小學
發文日期：中華民國113年9月12日
發文字號：府教學字第1130212345號
速別：普通件
附件：實施計畫1份
主旨：檢送本縣113學年度推動雙語教育實施計畫1份，
　　請查照並轉知所屬，請查照。
說明：
一、依據教育部113年8月1日函辦理。
二、本計畫經費新臺幣320萬元，由本府教育經費支應。
正本：本縣各國民中小學
副本：本府教育處
縣長　翁○○
"""


def test_taiwan_official_letter_subject_issuer_date_and_number():
    """A 函: the head names the issuer, 受文者 (the addressee) is not it, the 主旨 without its closing
    request is the title even when it wraps, 發文日期 in the Minguo calendar and 發文字號."""
    meta = extract_meta(OFFICIAL_LETTER, "letter.txt", {})
    assert meta.title == "檢送本縣113學年度推動雙語教育實施計畫1份"
    assert (meta.issuer, meta.date, meta.number) == ("嘉義縣政府", "2024-09-12", "府教學字第1130212345號")
    assert (meta.genre, meta.script, meta.region) == ("函", "traditional", ["嘉义县"])
    short = extract_meta("臺北市政府教育局 函\n受文者：臺北市立各高級中等學校\n發文日期：中華民國114年1月6日\n"
                         "發文字號：北市教中字第11430012345號\n主旨：有關本市高級中等學校新生報到事宜，請查照。\n"
                         "說明：依據本局計畫辦理。\n", "tp.txt", {})
    assert (short.title, short.issuer, short.date) == (
        "有關本市高級中等學校新生報到事宜", "臺北市政府教育局", "2025-01-06")


def test_a_mainland_title_ending_in_letter_is_no_letter_head():
    meta = extract_meta("某县教育局关于商请支持乡村学校建设的函\n某县教育局\n2025年3月1日\n", "x.txt", {})
    assert meta.title == "某县教育局关于商请支持乡村学校建设的函" and meta.genre != "函"


def test_budget_statement_with_office_and_date_on_one_line_under_the_title():
    text = ("某县教育局2025年部门预算公开说明\n某县教育局 2025年2月14日\n一、部门基本情况\n"
            "某县教育局是县人民政府主管全县教育工作的工作部门。\n")
    meta = extract_meta(text, "budget.txt")
    assert (meta.title, meta.issuer, meta.date) == ("某县教育局2025年部门预算公开说明", "某县教育局", "2025-02-14")


def test_traditional_news_with_a_publishing_time_label_in_its_own_variant_form():
    text = ("某縣「雙減」落地見效\n\n發佈時間：2024年12月10日　來源：某縣融媒體中心\n\n本報記者 張三\n"
            "本報訊　全縣課後服務實現全覆蓋。\n")
    assert extract_meta(text, "news.txt").date == "2024-12-10"


def test_a_web_page_s_title_over_the_navigation_above_its_headline(tmp_path):
    html = ("<html><head><title>某市教育局关于做好招生工作的通知</title></head><body>"
            "<div class='nav'><a href='/'>首页</a><a href='/zwgk/'>政务公开</a><a href='/tzgg/'>通知公告</a></div>"
            "<h1>某市教育局关于做好招生工作的通知</h1><p>各县区教育局：</p><p>现就有关事项通知如下。</p></body></html>")
    (tmp_path / "n.html").write_text(html, encoding="utf-8")
    loaded = load_file(tmp_path / "n.html")
    assert extract_meta(loaded.text, "n.html", {}, loaded.declared).title == "某市教育局关于做好招生工作的通知"


def test_bodies_issuing_jointly_on_one_line_above_the_title():
    text = ("某县教育局  某县统计局  某县财政局\n关于2023年某县教育经费执行情况的统计公告\n\n某教〔2024〕18号\n\n"
            "根据全国教育经费统计制度，现将有关情况公告如下。\n")
    meta = extract_meta(text, "bulletin.txt")
    assert meta.title == "某县教育局某县统计局某县财政局关于2023年某县教育经费执行情况的统计公告"
    assert meta.issuer == "某县教育局、某县统计局、某县财政局"


def test_bodies_issuing_jointly_on_a_line_under_the_title():
    text = ("某区关于加强教师队伍建设的实施意见\n\n某教〔2024〕31号\n\n某区教育局 某区委组织部 某区财政局\n\n"
            "2024年6月28日\n\n为建设一支高素质教师队伍，现提出如下意见。\n")
    meta = extract_meta(text, "opinion.md")
    assert (meta.issuer, meta.date) == ("某区教育局、某区委组织部、某区财政局", "2024-06-28")


def test_a_signature_the_pdf_text_layer_ran_into_one_line():
    text = ("某区县域义务教育优质均衡发展自评报告\n某政文〔2024〕27号\n现将自评情况报告如下。\n一、基本情况\n"
            "全区共有义务教育学校32所。\n某市某区人民政府2024年9月20日\n")
    meta = extract_meta(text, "self-evaluation.pdf")
    assert (meta.issuer, meta.date) == ("某市某区人民政府", "2024-09-20")


def test_an_index_block_set_as_a_table_gives_issuer_and_number_without_its_cell_marks():
    text = ("首页 > 政务公开 > 政策文件\n\n| 索引号： | K001-2023-0041 | 发布机构： | 某市人民政府办公室 |\n"
            "| --- | --- | --- | --- |\n| 文号： | 某府办发〔2023〕15号 | 发布日期： | 2023-05-18 |\n\n"
            "某市人民政府办公室关于印发某市学前教育行动计划的通知\n\n各县（区）人民政府：\n现印发给你们。\n")
    meta = extract_meta(text, "plan.html")
    assert (meta.issuer, meta.number, meta.date) == ("某市人民政府办公室", "某府办发〔2023〕15号", "2023-05-18")


@pytest.mark.parametrize("head, date", [
    ("某县教育局\n2023年6月\n", "2023-06"),  # issuer, then the month on its own line
    ("某市教育局\u30002024年3月\n", "2024-03"),  # both on one line
    ("某市教育局\u3000某市财政局\n二〇二四年四月\n", "2024-04"),  # bodies reporting jointly, Chinese digits
])
def test_a_report_dated_only_by_its_month_under_its_title(head, date):
    text = f"某县教育事业发展规划中期评估报告\n\n{head}\n现将评估情况报告如下。\n一、总体情况\n今年全县新建学校3所。\n"
    assert extract_meta(text, "report.txt").date == date


def test_a_plan_printed_in_a_month_and_a_report_signed_in_one():
    plan = "某县教育事业发展规划（2021—2025年）\n\n某县人民政府办公室 2021年9月印发\n\n一、发展基础\n全县有学校40所。\n"
    assert extract_meta(plan, "plan.md").date == "2021-09"
    report = "某县教育工作报告\n\n一、基本情况\n全县有学校40所。\n\n某县教育局\n2024年12月\n"
    assert extract_meta(report, "report.txt").date == "2024-12"
    prose = "某县教育工作报告\n\n2024年3月，全县召开教育大会。\n"  # a month opening prose dates nothing
    assert extract_meta(prose, "report.txt").date == ""


def test_a_source_line_with_the_outlet_and_its_date():
    text = ("某市2024年发放学生资助资金7.86亿元\n\n来源：某市日报\u30002025年1月16日\n\n"
            "本报讯（记者 张三）2024年，某市全年投入资金7.86亿元。\n")
    meta = extract_meta(text, "news.txt")
    assert (meta.issuer, meta.date, meta.genre) == ("某市日报", "2025-01-16", "新闻")


@pytest.mark.parametrize("text, title, region, date", [
    # a headline that leads with its place, then the reporter's byline and the date
    ("修水縣：城鄉學校結對讓山裡孩子上好學\n\n本報記者　張曉明\n\n2024年10月12日\n\n"
      "本報訊　全縣三十二所鄉村學校與城區學校結對。\n",
     "修水縣：城鄉學校結對讓山裡孩子上好學", ["修水县"], "2024-10-12"),
    ("龙胜各族自治县：一辆校车连起山里山外\n本报记者 李文 通讯员 王兵\n2025年3月2日\n全县开通校车线路12条。\n",
     "龙胜各族自治县：一辆校车连起山里山外", ["龙胜各族自治县"], "2025-03-02"),
    # the byline in brackets with the date after it, under a headline that names no place
    ("课后服务进社区 家长孩子都点赞\n（九江日报记者陈思 通讯员周宁）2024年9月9日\n"
      "修水县今年秋季学期起在社区开设课后服务点18个，修水县教育局安排专项资金120万元。\n",
     "课后服务进社区家长孩子都点赞", ["修水县"], "2024-09-09"),
])
def test_a_news_article_s_headline_and_date_and_not_its_reporter_s_byline(text, title, region, date):
    meta = extract_meta(text, "news.txt")
    assert (meta.title, meta.region, meta.date) == (title, region, date)


def test_the_issuing_body_alone_on_the_top_line_heads_the_title_under_it():
    text = ("修水县人民政府\n关于县十八届人大三次会议第12号代表建议的答复\n\n修政建〔2024〕9号\n\n"
            "王某某代表：\n您提出的关于加强乡村学校建设的建议收悉，现答复如下。\n")
    meta = extract_meta(text, "reply.txt")
    assert meta.title == "修水县人民政府关于县十八届人大三次会议第12号代表建议的答复"
    assert meta.region == ["修水县"]


def test_a_transcript_turn_naming_a_place_is_no_headline():
    text = ("修水县：\n各位代表，下面我代表县人民政府报告工作。\n")
    assert extract_meta(text, "t.txt").title != "修水县："


@pytest.mark.parametrize("line", ["发布单位：修水县教育局 浏览次数：1286 【字体：大 中 小】【打印】",
                                  "发布单位：修水县教育局【打印】【关闭】", "發布單位：修水縣教育局　點擊數：35"])
def test_page_furniture_on_the_issuer_s_line_is_not_the_issuer(line):
    text = f"修水县教育局关于做好秋季开学工作的通知\n{line}\n各中小学：\n现就有关事项通知如下。\n"
    assert extract_meta(text, "n.html").issuer in ("修水县教育局", "修水縣教育局")


@pytest.mark.parametrize("text, issuer, date", [
    # two offices issuing a bulletin jointly on the line under its title, dated to the month
    ("修水县2025年教育事业统计公报\n修水县教育局 修水县统计局 2026年4月\n全县共有学校98所。\n",
     "修水县教育局 修水县统计局", "2026-04"),
    ("修水縣2025年教育事業統計公報\n修水縣教育局　修水縣統計局　2026年4月2日\n全縣共有學校98所。\n",
     "修水縣教育局\u3000修水縣統計局", "2026-04-02"),
])
def test_offices_issuing_jointly_on_the_head_line(text, issuer, date):
    meta = extract_meta(text, "bulletin.txt")
    assert (meta.issuer, meta.date) == (issuer, date)


@pytest.mark.parametrize("closing, issuer, date", [
    ("修水县人民政府教育督导室（印） 2025年11月20日", "修水县人民政府教育督导室", "2025-11-20"),  # the seal's mark
    ("修水县教育局(章)2025年11月20日", "修水县教育局", "2025-11-20"),
    ("修水县教育局2026年1月", "修水县教育局", "2026-01"),  # signed with the month only (a scan's text)
])
def test_a_signature_run_into_one_line(closing, issuer, date):
    text = ("修水县学前教育督导评估报告\n评估组查看幼儿园12所。\n一、基本情况。全县有幼儿园40所。\n"
            f"二、整改意见。补充保育员。\n{closing}\n")
    meta = extract_meta(text, "report.txt")
    assert (meta.issuer, meta.date) == (issuer, date)


@pytest.mark.parametrize("line, date", [("播出时间：2026年2月3日晚", "2026-02-03"),
                                        ("播出時間：2026年2月3日", "2026-02-03")])
def test_a_broadcast_transcript_is_dated_by_its_airing(line, date):
    text = (f"“民生热线”访谈实录：教育局长聊课后服务\n\n{line}\n嘉宾：修水县教育局局长\n\n"
            "主持人：今年课后服务办得如何？\n局长：参与率百分之九十。\n")
    assert extract_meta(text, "talk.txt").date == date
