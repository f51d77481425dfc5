"""Proposals, motions, suggestions and reports named in a report (the ``cppcc_motions`` table).

``titled`` finds works named in 《》, ``described`` works only described, ``text`` holds what both
share (sentences, outcomes, the vocabulary of ``motion_types.csv``).
"""

from pipelines.extract.motions.titled import MOTION_BODIES, MOTION_TYPES, extract_motions

__all__ = ["MOTION_BODIES", "MOTION_TYPES", "extract_motions"]
