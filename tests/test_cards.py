"""statements/cards.py writes a statement's card: byte for byte what `_statement.html` renders."""

import datetime as dt

import pytest
from django.template import loader

from statements.cards import statement_card, statement_cards
from statements.extraction.results import ARTICLE_DATE_EVIDENCE, NEWEST_DATE_EVIDENCE
from statements.grouping import GroupSummary, ReportLine
from statements.models import Statement
from statements.search import highlight_stems
from tests.factories import ActorFactory, EventFactory, SourceFactory, StatementFactory

pytestmark = pytest.mark.django_db


def template_card(statement, stems=None) -> str:
    template = loader.get_template("statements/_statement.html")
    return template.render({"statement": statement, "search_stems": stems})


def for_reading(statement) -> Statement:
    """The statement as a list page reads it (related rows joined, events prefetched; a
    rejected one too, as an editor's list shows it)."""
    related = Statement.objects.select_related("actor", "source").prefetch_related("events")
    return related.get(pk=statement.pk)


@pytest.fixture
def varied():
    """Statements covering every branch of the card."""
    minister = ActorFactory(name="Olena Kovalenko", affiliation="Ukraine")
    unaffiliated = ActorFactory(name="Pat <Doe> & Sons", affiliation="")
    first, second = EventFactory(name="Talks in Geneva"), EventFactory(name="Front & rear")
    made = [
        StatementFactory(
            actor=minister,
            speaker_mention="the foreign minister",
            kind="direct",
            text='the front "held" <b>firm</b> & the line said it',
            via="Telegram",
            review_status="verified",
        ),
        StatementFactory(actor=minister, speaker_mention="(continuation)", kind="mixed"),
        StatementFactory(actor=None, speaker_mention="A senior official", kind="indirect"),
        StatementFactory(actor=None, speaker_mention="", review_status="rejected"),
        StatementFactory(
            actor=unaffiliated, said_on=dt.date(2023, 3, 1), said_on_precision="month"
        ),
        StatementFactory(actor=minister, said_on=dt.date(2023, 1, 1), said_on_precision="year"),
        StatementFactory(actor=minister, said_on=None, said_on_precision="unknown"),
        StatementFactory(actor=minister, said_on_evidence=ARTICLE_DATE_EVIDENCE),
        StatementFactory(actor=minister, said_on_evidence=NEWEST_DATE_EVIDENCE),
        StatementFactory(
            actor=minister,
            text="the corrected words",
            curated_fields=["actor", "said_on", "via"],
            source=SourceFactory(
                outlet="", title="A title with 'quotes'", text="Then the corrected words."
            ),
        ),
    ]
    made[0].events.add(first, second)
    made[2].events.add(second)
    return [for_reading(statement) for statement in made]


@pytest.mark.parametrize("search", ["", "front said", "Kovalenko"])
def test_every_card_equals_the_template(varied, search):
    stems = highlight_stems(search) if search else None
    for statement in varied:
        statement.reports = None
        assert statement_card(statement, stems) == template_card(statement, stems)


def test_a_highlighted_card_marks_the_words_and_escapes_the_rest(varied):
    card = statement_card(varied[0], highlight_stems("front"))
    assert '<mark class="hit">front</mark>' in card
    assert "&lt;b&gt;firm&lt;/b&gt; &amp; the line" in card
    assert '<span class="mention">as “the foreign minister”</span>' in card
    assert '<a class="tag tag--event" href="/events/front-rear/">Front &amp; rear</a>' in card


def test_a_card_with_its_reports_equals_the_template(varied):
    lead, other = varied[0], varied[2]
    long_text = "word " * 60
    other.text = long_text
    lines = [
        ReportLine("Reuters", dt.date(2023, 11, 9), f"/sources/1/#s{lead.pk}", lead, 1),
        ReportLine("Wire & Co", None, "https://wire.example/a?b=1&c=2", None, 2),
        ReportLine("Kyiv Ledger", dt.date(2023, 11, 11), "/sources/3/#s9", other, 3),
    ]
    lead.reports = GroupSummary(reports=3, lines=lines)
    card = statement_card(lead)
    assert card == template_card(lead)
    assert "Reported by 3 sources, first by Reuters on" in card
    assert "(a syndicated copy of the same article)" in card
    undated = GroupSummary(reports=2, lines=[lines[1], lines[2]])
    lead.reports = undated
    assert statement_card(lead) == template_card(lead)


def test_a_day_of_cards_is_the_cards_in_order(varied):
    for statement in varied:
        statement.reports = None
    assert statement_cards(varied) == "".join(template_card(s) for s in varied)


def test_the_timeline_lists_the_same_cards_for_readers_and_editors(client, editor_user, varied):
    anonymous = client.get("/?q=held").content.decode()
    client.force_login(editor_user)
    staff = client.get("/?q=held").content.decode()

    def cards(page: str) -> str:
        return page[page.index('<section class="timeline"') : page.index("</section>")]

    assert cards(anonymous) == cards(staff)
    assert cards(anonymous).count('<mark class="hit">held</mark>') == 1
