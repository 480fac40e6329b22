"""A web page's site footer (主办单位, 网站标识码, ICP备, 版权所有 …) and the navigation above it are
not the document: they never end its last section. Pages written here, invented county and figures."""
from ingest.clean import clean
from ingest.load import html_document

PAGE = """<html><body><div class="article">
<h1>青禾县2031年秋季学期学生资助工作问答</h1>
<p><strong>问：今年资助了多少学生？</strong></p>
<p>答：全县累计资助学生5120人次，发放资助资金836万元。</p>
<p>咨询电话：0999-1234567。</p>
<p>青禾县教育局</p>
<p>2031年9月2日</p>
<p>（联系人：林某，联系电话：0999-7654321）</p>
</div>
<div class="prev-next">上一篇：<a href="#">关于做好校车安全工作的通知</a><br>
下一篇：<a href="#">2031年教师招聘公告</a></div>
<div class="links">友情链接：<a href="#">教育部</a> <a href="#">省教育厅</a></div>
<div class="footer">
<p>主办单位：青禾县人民政府办公室　网站标识码：9999000001　某ICP备00000001号-1</p>
<p>地址：青禾县文明路1号　联系电话：0999-1111111</p>
</div></body></html>"""


def _text(html: str) -> str:
    return clean(html_document(html)[0])


def test_footer_and_page_navigation_are_dropped_the_signature_and_contact_kept():
    text = _text(PAGE)
    for junk in ("上一篇", "下一篇", "友情链接", "主办单位", "网站标识码", "ICP备", "0999-1111111", "文明路"):
        assert junk not in text, junk
    assert text.endswith("青禾县教育局\n\n2031年9月2日\n\n（联系人：林某，联系电话：0999-7654321）")
    assert "发放资助资金836万元。" in text and "咨询电话：0999-1234567。" in text


def test_a_copyright_line_in_either_script_marks_a_footer():
    page = PAGE.replace('<div class="footer">', '<div class="footer"><p>版權所有 青禾縣人民政府　網站地圖</p>') \
        .replace("网站标识码：9999000001　某ICP备00000001号-1", "")
    text = _text(page)
    assert "版權所有" not in text and "主办单位" not in text
    assert text.endswith("（联系人：林某，联系电话：0999-7654321）")


def test_closing_lines_without_a_site_mark_stay():
    """A notice ending with the organiser of its event names no site: no footer, nothing dropped."""
    page = ("<html><body><h1>青禾县2031年中小学生运动会通知</h1><p>运动会于2031年10月举行，全县32所学校参加。</p>"
            "<p>主办单位：青禾县教育局</p><p>承办单位：青禾县第一中学</p></body></html>")
    text = _text(page)
    assert text.endswith("主办单位：青禾县教育局\n\n承办单位：青禾县第一中学")


def test_a_notice_closing_with_its_organisers_keeps_them_over_the_site_footer():
    """An event notice's own 主办单位/承办单位 lines, then the site's footer: only the footer goes."""
    page = ("<html><body><h1>青禾县2031年中小学生运动会通知</h1><p>运动会于2031年10月举行，全县32所学校参加。</p>"
            "<p>主办单位：青禾县教育局</p><p>承办单位：青禾县第一中学</p>"
            "<div class=\"footer\"><p>主办单位：青禾县人民政府办公室</p>"
            "<p>网站标识码：9999000001　某ICP备00000001号-1</p>"
            "</div></body></html>")
    text = _text(page)
    assert text.endswith("主办单位：青禾县教育局\n\n承办单位：青禾县第一中学"), text[-60:]
