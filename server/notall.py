"""A count asked as not all of a whole meeting a standard (`哪几项不是N所学校都达标`) rewritten as the
rows whose count of those meeting it is below the whole (`小学达标数少于24所`): an indicator table counts, per
indicator, the schools meeting it (达标学校数), and the rows not every school meets are those below the count
every school would give. The table filter then reads the bar and its column as for any `少于N所`."""
from __future__ import annotations

import re

# 不是/没有 + the whole's count and counter + what is counted + 全部/都/均 + the standard's verb
_NOT_ALL = re.compile(r"(?:不是|没有|并非)(?P<n>\d+)(?P<counter>[所个名项家])(?P<what>[\u4e00-\u9fff]{0,4}?)"
                      r"(?:全部|全都|都|均)(?P<verb>达标|合格)")


def not_all(norm: str) -> str:
    """`norm` with `不是N所X全部达标` written `X达标数少于N所`."""
    return _NOT_ALL.sub(lambda m: f"{m.group('what')}{m.group('verb')}数少于{m.group('n')}{m.group('counter')}",
                        norm)
