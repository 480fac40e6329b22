"""The words asking which place ranks first are one list for every reading of a ranking: a count ranked across
provinces (`…哪个省多`) is read as each place's count, as one across counties is."""
from __future__ import annotations

from server.answer.crossdoc import _counted_ranking
from server.query import analyse
from server.regions import RegionCatalog


def test_count_ranked_across_provinces_is_each_places_count():
    catalog = RegionCatalog({})
    for question in ("东岚县和西岚县的乡村教师哪个县多", "东岚省和西岚省的乡村教师哪个省多"):
        counted = _counted_ranking(analyse(question, catalog))
        assert counted is not None and counted.norm.endswith("教师有多少名"), question
