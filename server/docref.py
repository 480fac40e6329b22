"""Documents a question names itself: by 文号 (`某教发〔2025〕8号`) or by title in 《》.

Asked `某教发〔2025〕8号通知有哪些附件？`, the user means that document; the 文号 is no term to search
for (searched for, it pulls the answer to the front matter that prints it, or to another document
citing it). So a reference that matches an indexed document scopes the question to it and leaves
the question's text; one that matches no document but is quoted in some passage (a national
document cited by a local one) changes nothing; one that is neither makes the answer say that no
such document is indexed, instead of answering from another document.

Matching is on the compact Simplified form (brackets, quotes, spacing and 第 aside): a 文号 matches
the document whose number it is; a title matches a document whose title contains it or is
contained in it (a question may quote a title short or with its `关于印发…的通知` wrapper).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal

from ingest.grams import compact
from ingest.metadata import DOC_NUMBER
from ingest.normalize import normalize
from ingest.records import DocHead

_TITLE = re.compile(r"《([^《》]{2,80})》")
# words a question puts before a 文号 that the number pattern's issuer part would take in
_LEAD = re.compile(r"^(?:请问|请|问|关于|根据|按照|依据|对照|对于|在|从|由|看|查)+")
MIN_CONTAINED = 6  # characters a title must have to match as part of a longer one (not `规划`)


@dataclass(frozen=True)
class DocRef:
    written: str  # as the question writes it (what the retrievers no longer see once it matched)
    kind: Literal["number", "title"]
    doc_ids: list[str] = field(default_factory=list)  # the indexed documents it names
    quoted: bool = False  # no document is it, but some passage quotes it

    def describe(self) -> str:
        return f"文号为{self.written}的文件" if self.kind == "number" else f"《{self.written}》"


def _key(text: str) -> str:
    return compact(normalize(text)).replace("第", "")


def find_refs(question: str, heads: Mapping[str, DocHead], quoted: Callable[[str], bool]) -> list[DocRef]:
    """The 文号 and 《titles》 `question` names, each with the documents it matches; `quoted(text)`
    says whether some passage contains `text` (asked only of references no document matches)."""
    norm = normalize(question)
    refs: list[DocRef] = []
    owners = [(d, _key(h.meta.number)) for d, h in heads.items() if h.meta.number]
    for m in DOC_NUMBER.finditer(norm):
        key = _key(m.group())
        # the pattern's issuer part may have taken words of the question before it (请问…)
        found = sorted(d for d, k in owners if k and key.endswith(k))
        if found:
            refs.append(DocRef(_issued(m.group(), dict(owners)[found[0]]), "number", found))
        else:
            written = _LEAD.sub("", m.group())
            refs.append(DocRef(written, "number", [], quoted(written)))
    for m in _TITLE.finditer(norm):
        title = m.group(1)
        key = _key(title)
        found = [d for d, h in heads.items() if h.meta.title and _title_matches(key, _key(h.meta.title))]
        refs.append(DocRef(m.group(), "title", sorted(found)) if found else
                    DocRef(title, "title", [], quoted(title)))
    return refs


def _title_matches(asked: str, title: str) -> bool:
    if not asked or not title:
        return False
    return asked == title or (len(asked) >= MIN_CONTAINED and asked in title) or (
        len(title) >= MIN_CONTAINED and title in asked)


def _issued(matched: str, number_key: str) -> str:
    """The matched 文号 from its issuer part on (`请问某教发〔2025〕8号` → `某教发〔2025〕8号`)."""
    issuer = re.match(r"\D*", number_key).group()  # type: ignore[union-attr]
    at = matched.rfind(issuer) if issuer else -1
    return matched[at:] if at >= 0 else _LEAD.sub("", matched)
