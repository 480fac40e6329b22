"""A document's own date as an answer gives it and the line that states it: the date in the form documents
write dates (2025年6月10日, however the page printed it: `2025-06-10`), and the span to cite for it — a
`发布日期：` field, else the signature, with the issuing body on the line above when the date stands on a line
alone (GB/T 9704-2012 党政机关公文格式: the 发文机关署名 over the 成文日期)."""
from __future__ import annotations

import re

# the field a published page states its date in (`发布日期：2025-06-10`): the date the document gives itself
_DATE_FIELD = re.compile(r"(?:发布|印发|成文|发文)(?:日期|时间)\s*[:：]\s*$")
MAX_ISSUER_CHARS = 60  # of a signature's issuer line (several bodies issuing jointly)


def written_form(date: str) -> str:
    """An ISO date as documents write it: 2025年6月10日 (a month alone: 2025年6月)."""
    parts = date.split("-")
    return f"{parts[0]}年" + "".join(f"{int(p)}{u}" for p, u in zip(parts[1:], "月日"))


def signed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span to cite for a date written at text[start:end]: with its `发布日期：` label, or with the issuer's
    line above it when the date stands alone on its line (a signature block); else the date itself."""
    line_start = text.rfind("\n", 0, start) + 1
    field = _DATE_FIELD.search(text, line_start, start)
    if field:
        return field.start(), end
    if text[line_start:start].strip():
        return start, end
    above = text[:line_start].rstrip()
    issuer = above.rfind("\n") + 1
    return (issuer, end) if above and len(above) - issuer <= MAX_ISSUER_CHARS else (start, end)


def date_line(text: str, date: str) -> tuple[int, int] | None:
    """Where the document states its date (`2025年8月20日`, `2025-08-20`): a `发布日期：` field, else its last
    mention — the signature's, with the issuer on the line above when the date stands on a line alone."""
    if len(date.split("-")) < 2:
        return None
    found = sorted((m.start(), m.end()) for f in (written_form(date), date) for m in re.finditer(re.escape(f), text))
    if not found:
        return None
    for a, b in found:
        line_start = text.rfind("\n", 0, a) + 1
        field = _DATE_FIELD.search(text, line_start, a)
        if field:
            return field.start(), b
    return signed_span(text, *found[-1])
