"""Which documents a place named in a question stands for, from the national gazetteer.

A document has its own regions (`DocMeta.region`, e.g. 宁德市蕉城区's notice: 蕉城区) and mentions
other places in its text (`DocMeta.places`). A question naming
- a place a document is about, or a place containing it (a province, a prefecture) finds that
  document: a province finds the documents of all its cities and counties;
- a place inside a document's region (a county in a provincial report) finds that document only
  when its text mentions the place;
- a place no document covers in either way is unknown: the answer refuses and lists the places
  that have documents.
A document's region the gazetteer lacks (a new district, an invented county: ingest/places.py's
unlisted names) is a library place: a question names it in full or by its short form, and the
longest name wins, so a library place whose name ends in a real county's is not read as that county.
A name of a division's shape that is neither in the gazetteer nor a library place is unknown too,
unless some passage mentions it (a town's new area, a partner county: a topic, not a place asked).
`RegionCatalog.uses(regions)` says, per place asked, which documents and regions were used, so
an answer can state it.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ingest.models import Document
from ingest.normalize import normalize
from ingest.places import COMMON_CHAR, Gazetteer, Place, find_unlisted, gazetteer, short_form
from ingest.segment import shared_tokenizer

# The count closing a list of places (`甲、乙、丙三省`, `甲乙两市`, `5个县区`): part of the
# places' naming, not a term the passage must contain.
_PLACE_COUNT = re.compile(r"\s*(?:[两二三四五六七八九十]{1,2}|\d{1,2})\s*个?\s*"
                          r"(?:省份|省区|省市|地市|城市|县区|区县|县市|市县|省|市|县|区|州|地)(?![长委])")

# words that list or compare places side by side: between two places, neither qualifies the other
_BESIDE = re.compile(r"[和与及同跟比、,，;；?？或对]|以及|还是|相比|分别")


@dataclass(frozen=True)
class RegionUse:
    """What a place named in a question stood for."""
    name: str  # the place as canonical name (临湘市)
    doc_ids: list[str]  # documents it found
    regions: list[str]  # the documents' own regions (宁德市, 蕉城区 …)
    via: str  # "region": the documents are about it or a place inside it; "mention": they mention it


@dataclass
class RegionCatalog:
    """Regions of the indexed documents, resolved in the gazetteer."""
    docs_by_region: dict[str, list[str]]  # a document's own region name (Simplified) → its documents
    covering: dict[str, set[str]] = field(default_factory=dict)  # place id → documents about it or inside it
    mentioning: dict[str, set[str]] = field(default_factory=dict)  # place id → documents of a wider region naming it
    names: dict[str, set[str]] = field(default_factory=dict)  # canonical name → place ids
    free: dict[str, str] = field(default_factory=dict)  # alias → region name, for regions outside the gazetteer
    region_of: dict[str, list[str]] = field(default_factory=dict)  # doc id → its own region names
    misread: set[str] = field(default_factory=set)  # an image's own places, as read, that no text document names
    # whether some passage holds a string (None: no text to ask; an unlisted name is then unknown)
    in_text: Callable[[str], bool] | None = None

    @classmethod
    def from_documents(cls, documents: dict[str, Document],
                       in_text: Callable[[str], bool] | None = None) -> RegionCatalog:
        gaz = gazetteer()
        catalog = cls({}, in_text=in_text)
        for doc in documents.values():
            own = [normalize(r, drop_space=True) for r in doc.meta.region]
            catalog.region_of[doc.doc_id] = own
            for region in own:
                catalog.docs_by_region.setdefault(region, []).append(doc.doc_id)
            places = _region_places(gaz, doc)
            for name, place in zip(own, places):
                if place is None:
                    catalog.free.setdefault(name, name)
                    catalog.free.setdefault(short_name(name), name)
                    continue
                for area in gaz.chain(place):
                    catalog.covering.setdefault(area.id, set()).add(doc.doc_id)
            regions = [p for p in places if p is not None]
            for pid in getattr(doc.meta, "places", []):
                place = gaz.get(pid)
                if place is not None and any(gaz.within(place, r) and place.id != r.id for r in regions):
                    catalog.mentioning.setdefault(pid, set()).add(doc.doc_id)
        catalog._settle_misread(documents)
        for pid in {*catalog.covering, *catalog.mentioning}:
            catalog.names.setdefault(gaz.places[pid].name, set()).add(pid)
        return catalog

    def _settle_misread(self, documents: dict[str, Document]) -> None:
        """An image's place name the recogniser read one character wrong (look-alike characters: a
        rare character read as a commoner one of shared components) is the place a document read from
        text names with that one character different; the image's document joins that place. Without
        such a document the reading stays the image's own place, and a question may still reach it
        (`misread`)."""
        gaz = gazetteer()
        images = {d.doc_id for d in documents.values() if getattr(d.meta, "ocr", False)}
        read = {r for d in documents.values() if d.doc_id not in images for r in self.region_of.get(d.doc_id, [])}
        for doc in (d for d in documents.values() if d.doc_id in images):
            for name in list(self.region_of.get(doc.doc_id, [])):
                if name not in self.free or name in read:
                    continue
                near = [r for r in read if one_off(name, r)]
                if len(near) != 1:
                    self.misread.add(name)
                    continue
                true = near[0]
                twin = next(documents[d] for d in self.docs_by_region[true] if d not in images)
                self.docs_by_region[true].append(doc.doc_id)
                self.region_of[doc.doc_id].append(true)
                for own, place in zip(self.region_of[twin.doc_id], _region_places(gaz, twin)):
                    if own == true and place is not None:
                        for area in gaz.chain(place):
                            self.covering.setdefault(area.id, set()).add(doc.doc_id)

    # --- names → documents --------------------------------------------------------------------

    def canonical(self, name: str) -> list[str]:
        """`临湘` / `臨湘市` → [`临湘市`]; `恩施` → [`恩施土家族苗族自治州`]; a place no document covers → []."""
        key = normalize(name, drop_space=True)
        if key in self.free:
            return [self.free[key]]
        places = gazetteer().lookup(key)
        if not places:  # a qualified name: 定西市安定区
            known, unknown, _ = self.find(key)
            return [] if unknown else known
        return list(dict.fromkeys(p.name for p in places if p.id in self.covering or p.id in self.mentioning))

    def doc_ids(self, regions: list[str]) -> list[str]:
        """Documents of the named regions: about them, inside them, or (a wider region's) naming them."""
        return sorted({d for use in self.uses(regions) for d in use.doc_ids})

    def uses(self, regions: list[str]) -> list[RegionUse]:
        """Per region asked, the documents it found and how (for an answer to say)."""
        out = []
        for name in regions:
            if name in self.free or name in self.docs_by_region and name not in self.names:
                docs = list(self.docs_by_region.get(self.free.get(name, name), []))
                out.append(RegionUse(name, docs, [name], "region"))
                continue
            ids = self.names.get(name, set())
            covered = {d for i in ids for d in self.covering.get(i, ())}
            docs = sorted(covered | {d for i in ids for d in self.mentioning.get(i, ())})
            out.append(RegionUse(name, docs, self._regions(docs), "region" if covered else "mention"))
        return out

    def _regions(self, doc_ids: list[str]) -> list[str]:
        return list(dict.fromkeys(r for d in doc_ids for r in self.region_of.get(d, [])))

    # --- a question ---------------------------------------------------------------------------

    def spelled_otherwise(self, norm: str, regions: list[str]) -> list[tuple[str, str]]:
        """(the question's spelling, the image's reading) of each place read one character wrong from a scan
        (`misread`) that the question names in its own spelling, in full or by its stem (`乙峰县`, `乙峰` for a
        `甲峰县` read): an answer shows both, for the reader to see which place it took the question's to be."""
        found = []
        for region in (r for r in regions if r in self.misread and r[:-1] not in norm):
            stem = len(region) - 1
            at = next((i for i in range(len(norm) - stem + 1) if one_off(norm[i:i + stem] + region[-1], region)),
                      None)
            if at is not None:
                found.append((norm[at:at + stem + (norm[at + stem:at + stem + 1] == region[-1])], region))
        return found

    def find(self, norm: str) -> tuple[list[str], list[str], str]:
        """(places named that have documents, places named that have none, text with the names
        blanked out). `福州市鼓楼区` names 鼓楼区, not all of 福州市: a place written before a place
        inside it, with no word listing them side by side between, only qualifies it. Of a library
        place and a gazetteer name overlapping it, the longer wins (the library's on a tie)."""
        gaz = gazetteer()
        relevant = {*self.covering, *self.mentioning}
        library = self._library(norm)
        mentions = [m for m in gaz.find(norm, prefer=relevant, loose=True)
                    if not any(s < m.end and m.start < e and e - s >= m.end - m.start for s, e, _ in library)]
        library = [(s, e, r) for s, e, r in library
                   if not any(m.start < e and s < m.end and m.end - m.start > e - s for m in mentions)]
        named: list[tuple[int, str]] = []  # (where, canonical name) of the places that have documents
        unknown: list[str] = []
        rest = list(norm)
        for i, m in enumerate(mentions):
            count = _PLACE_COUNT.match(norm, m.end)
            end = count.end() if count else m.end
            rest[m.start:end] = " " * (end - m.start)
            # a place qualifies a place inside it written after it, not listed beside it (`甲市项目表里乙区的`
            # asks about 乙区; `甲市和乙区` names both)
            qualifies = any(later.place.id != m.place.id and gaz.within(later.place, m.place)
                            and not _BESIDE.search(norm, m.end, later.start) for later in mentions[i + 1:])
            if m.place.id in relevant:
                if not qualifies:  # 福州市 only qualifies 福州市鼓楼区
                    named.append((m.start, m.place.name))
            elif m.place.name not in unknown:
                unknown.append(m.place.name)
        for start, end, region in library:
            rest[start:end] = " " * (end - start)
            named.append((start, region))
        text = "".join(rest)
        # a question opening with a name names it as a title does (rare_words): its place, whatever its first
        # character's tag (a rare classifier's, a noun's glued to its suffix)
        for u in find_unlisted(text, rare_words=True):
            if _common_head(u.name):
                continue
            if self.in_text is not None and self.in_text(u.name):
                continue  # a topic some passage names, not a place asked
            near = [r for r in self.misread if one_off(u.name, r)]
            if len(near) == 1:
                named.append((u.start, near[0]))
            elif u.name not in unknown:
                unknown.append(u.name)
            text = text[:u.start] + " " * (u.end - u.start) + text[u.end:]
        for start, end, region in _misread_written(text, self.misread):
            named.append((start, region))
            text = text[:start] + " " * (end - start) + text[end:]
        known = list(dict.fromkeys(name for _, name in sorted(named, key=lambda wn: wn[0])))
        return known, unknown, text

    def _library(self, norm: str) -> list[tuple[int, int, str]]:
        """(start, end, region) of the library places outside the gazetteer that the text names, in
        full or by short form, longest first and not overlapping."""
        spans: list[tuple[int, int, str]] = []
        for alias in sorted(self.free, key=len, reverse=True):
            for m in re.finditer(re.escape(alias), norm):
                if not any(s < m.end() and m.start() < e for s, e, _ in spans):
                    spans.append((m.start(), m.end(), self.free[alias]))
        return spans


def _common_head(name: str) -> bool:
    """Whether an unlisted name opens with an everyday character left standing alone before a real short
    name (`往城区调` → 往 + 城区): a preposition or adverb before an everyday word, no place."""
    return _common_char(name[0])


def _misread_written(text: str, misread: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, region) of the image places read one character wrong that the text names as written, a rare
    character in place of the one read (`乙峰县` for a 甲峰县 read from a scan): the segmenter may glue the name's
    tail to its suffix as a word of its own (峰县), so the name is looked for by its characters, not its words."""
    found = []
    for region in misread:
        for start in range(len(text) - len(region) + 1):
            written = text[start:start + len(region)]
            if written != region and one_off(written, region) and not any(
                    _common_char(x) for x, y in zip(written, region) if x != y):
                found.append((start, start + len(region), region))
    return found


def _common_char(char: str) -> bool:
    """An everyday character (往, 全, 各): a word of speech before a name's tail, not the rare one of a name."""
    return shared_tokenizer().FREQ.get(char, 0) >= COMMON_CHAR


def one_off(a: str, b: str) -> bool:
    """Whether two place names of one kind differ in exactly one character of the stem (`甲川市` /
    `乙川市`): how a recogniser misreads a name, never in its suffix."""
    if len(a) != len(b) or len(a) < 3 or a[-1] != b[-1]:
        return False
    return sum(x != y for x, y in zip(a, b)) == 1


def speaks_for(region: str, doc: Document, passage: str) -> bool:
    """Whether a passage of `doc` may answer for `region`: always when the document is about the
    region or a place inside it; when the region lies inside the document's region (a county in
    a provincial report), only if the passage (its text or section) names the region."""
    gaz = gazetteer()
    asked = gaz.lookup(region)
    own = [p for p in _region_places(gaz, doc) if p is not None]
    if not asked or not own or any(gaz.within(p, a) for p in own for a in asked):
        return True
    norm = normalize(passage, drop_space=True)
    return any(a.name in norm or a.short in norm for a in asked)


def short_name(region: str) -> str:
    """`临湘市` → `临湘`, `恩施土家族苗族自治州` → `恩施` (the gazetteer's short form)."""
    return short_form(region)


def without_places(text: str, regions: Iterable[str], fill: str = "") -> str:
    """The text with each place written whole or by its short form (`某川` for 某川县: people type either)
    replaced by `fill`, longer forms first so a whole name is not cut at its short form."""
    forms = {form for r in regions for form in (normalize(r), short_name(normalize(r))) if len(form) >= 2}
    for form in sorted(forms, key=len, reverse=True):
        text = text.replace(form, fill)
    return text


def _region_places(gaz: Gazetteer, doc: Document) -> list[Place | None]:
    """The gazetteer entries of a document's regions (ids stored at ingest; else by name, a
    shared name settled by the places the document mentions)."""
    ids = list(getattr(doc.meta, "region_ids", []) or [])
    out: list[Place | None] = []
    for n, name in enumerate(doc.meta.region):
        place = gaz.get(ids[n]) if n < len(ids) and ids[n] else None
        if place is None:
            candidates = gaz.lookup(name)
            mentioned = set(getattr(doc.meta, "places", []))
            fitting = [p for p in candidates if p.id in mentioned] or candidates
            place = fitting[0] if len(fitting) == 1 else None
        out.append(place)
    return out
