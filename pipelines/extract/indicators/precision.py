"""Numbers that are no indicator: counts of kinds, and counts inside the name of a rate.

``3类载体``, ``六个方面``, ``三种方式`` count the parts of a scheme, not things done; ``五类恶性案件
破案率保持100%`` and ``12个重点项目完成率100%`` state one rate, whose row is the rate.  The words
are reviewed data (``pipelines/data/kind_words.csv``).

>>> from pipelines.extract.quantity import iter_quantities
>>> t = "围绕六个方面，搭建3类载体，新建公园12个，五类恶性案件破案率保持100%。"
>>> [q.text for q in iter_quantities(t) if not not_an_indicator(t, q)]
['12个', '100%']
"""

from __future__ import annotations

import re

from pipelines.extract.indicators.cues import alternation, words
from pipelines.extract.quantity import Quantity

_FILE = "kind_words.csv"
_KIND_UNITS = frozenset(words(_FILE, "word", role="kind_unit"))
_COUNT_UNITS = frozenset(words(_FILE, "word", role="count_unit"))
_KIND_NOUN = alternation(words(_FILE, "word", role="kind_noun"))
#: After a count: the rest of a rate's name, its verb and the rate (…项目完成率达到100%).
_RATE_AFTER = re.compile(r"[\u4e00-\u9fff“”]{0,12}率(?:保持在?|达到|稳定在|为|是|达)?(?:[0-9]|百分之)")


def not_an_indicator(text: str, q: Quantity) -> bool:
    """True for a count of kinds or a count that is part of a rate's name."""
    if q.kind != "count":
        return False
    if q.unit in _KIND_UNITS:
        return True
    if q.unit in _COUNT_UNITS and _KIND_NOUN.match(text, q.post_end):
        return True
    return _RATE_AFTER.match(text, q.post_end) is not None
