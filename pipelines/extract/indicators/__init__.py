"""Numeric indicators: every quantity of a document as a :class:`~pipelines.model.Fact`.

The stages, each a pure function over frozen values: :mod:`.extract` finds the quantities and
sentences, :mod:`.compare` attaches comparisons and ``分别`` pairs, :mod:`.naming` names each
figure by an ordered registry of rules, and :mod:`.extract` codes, dates and files it.
"""

from pipelines.extract.indicators.extract import extract_indicators
from pipelines.extract.indicators.naming import RULE_NAMES, RULES, name_rule_counts

__all__ = ["RULES", "RULE_NAMES", "extract_indicators", "name_rule_counts"]
