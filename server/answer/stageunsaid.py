"""A school stage asked of a document that sets its rules stage by stage and never names that stage (a holiday
notice's table of 小学, 初中, 普通高中 asked about 中职): the document does not say it, and its title or another
stage's line quoted as the answer would read as if it did. A document naming no stage speaks for every school,
and one naming a stage that comprises the one asked (高中阶段 for 中职), or one it comprises, speaks for it."""
from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from ingest.models import Document
from ingest.normalize import normalize
from server.answer.draft import Draft
from server.lexicon import stage_families, stages, stages_named
from server.query import Query

# the stages a document must name, none of them the one asked, to be read as setting its rules stage by stage
OTHERS_MIN = 2


@lru_cache(maxsize=64)
def _related(stage: str) -> frozenset[str]:
    """The stage, the stages it comprises and those comprising it (stages.tsv), each under all its names, and
    the names of its family (stage_families.tsv: 职业教育 for 中等职业教育)."""
    table = stages()
    near = {stage, *table.get(stage, ((), ()))[1], *(s for s, (_, parts) in table.items() if stage in parts)}
    names = {n for s in near for n in (s, *table.get(s, ((), ()))[0])}
    families = stage_families()
    family = families.get(stage) or next((families[n] for n in names if n in families), "")
    return frozenset(names | {n for n, f in families.items() if family and f == family})


def stage_unsaid(query: Query, draft: Draft, documents: Mapping[str, Document]) -> tuple[str, list[str]] | None:
    """(the stage asked as the question writes it, the stages its document names) when the answer quotes a
    document that names OTHERS_MIN stages or more and none related to the one asked; None otherwise."""
    # (one place's one document: of several places, each answers or lacks the stage on its own line)
    cited = list(dict.fromkeys(c.doc_id for c in draft.citations))
    if draft.claims or len(cited) != 1 or len(query.regions) > 1:
        return None
    asked = stages_named(query.norm)
    if len(asked) != 1:
        return None
    name, stage = asked[0]
    text = normalize(documents[cited[0]].text, drop_space=True)
    if any(n in text for n in _related(stage)):
        return None
    named = list(dict.fromkeys(s for _, s in stages_named(text)))
    return (name, named) if len(named) >= OTHERS_MIN else None
