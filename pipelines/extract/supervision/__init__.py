"""Oversight actions of a People's Congress standing committee (the ``supervision`` table).

``extract`` reads a report clause by clause; ``rules`` names every rule that finds a subject or
keeps a clause out, in the order they are tried; ``clauses`` and ``vocab`` hold the sentence
splitting and the trigger vocabulary that the motion extractor shares.
"""

from pipelines.extract.supervision.extract import SUPERVISION_FORMS, extract_supervision

__all__ = ["SUPERVISION_FORMS", "extract_supervision"]
