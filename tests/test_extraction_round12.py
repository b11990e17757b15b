"""Extraction 3.4: mechanisms found in round 12, each on sentences written here."""

import datetime as dt

from statements.extraction import extract
from statements.gazetteer import gazetteer_from_fixtures

GAZETTEER = gazetteer_from_fixtures()


def statements(text):
    found = extract(text, gazetteer=GAZETTEER, published=dt.date(2024, 3, 15)).statements
    return [(s.speaker, s.kind, s.text) for s in found]


def test_an_interviewers_question_first_in_the_article_loses_no_paragraph(caplog):
    # The question's report is refused; that once crashed the paragraph (IndexError, logged),
    # losing the answer written in the same paragraph.
    found = statements(
        "Q: Do you still believe that the bridge will reopen before winter?\n"
        "A: The engineers told me the repairs will take three more months."
    )
    assert "extraction failed" not in caplog.text
    assert found == []
