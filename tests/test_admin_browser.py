"""The statement change form in real Chromium: an editor logs in, sees the evidence beside the
attribution, reassigns the speaker with the autocomplete and saves."""

import os
from pathlib import Path

import pytest

from statements.models import Statement
from tests.factories import ActorFactory, SourceFactory, StatementFactory

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"

pytestmark = [
    pytest.mark.browser,
    # The live server needs committed rows; serialized_rollback keeps the Editors group (made by
    # a data migration) after another transactional test's flush.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Chromium at /usr/bin/chromium"),
]


@pytest.fixture
def statement(editor_user):
    source = SourceFactory(
        title="Peskov: Russia cannot be defeated",
        text=(
            "MOSCOW – Kremlin spokesman Dmitry Peskov spoke on Friday.\n"
            "“It is time for everyone in Kiev and Washington to realize: it is impossible to "
            "defeat Russia on the battlefield,” he told <Rossiya 1>.\n"
            "Other news follows."
        ),
    )
    text = "it is impossible to defeat Russia on the battlefield"
    start = source.text.index(text)
    ActorFactory(name="Dmitry Peskov")
    return StatementFactory(
        source=source,
        text=text,
        start=start,
        end=start + len(text),
        actor=ActorFactory(name="Vladimir Putin"),
        speaker_mention="he",
    )


def test_editor_reassigns_a_speaker_in_chromium(live_server, statement):
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright runs an event loop in this thread: the ORM is used before and after it only.
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            reassign_in_browser(
                browser.new_page(viewport={"width": 1400, "height": 1000}),
                live_server.url,
                statement,
            )
        finally:
            browser.close()

    saved = Statement.objects.get(pk=statement.pk)
    assert saved.actor.name == "Dmitry Peskov"
    assert saved.curated_fields == ["actor"]
    assert saved.history.first().history_user.username == "ed"


def reassign_in_browser(page, live_server_url, statement):
    page.goto(f"{live_server_url}/admin/login/")
    page.fill("#id_username", "ed")
    page.fill("#id_password", "correct-horse-battery")
    page.click("input[type=submit]")
    page.goto(f"{live_server_url}/admin/statements/statement/{statement.pk}/change/")

    mark = page.locator(".statement-context mark")
    assert mark.inner_text() == statement.text
    assert "told <Rossiya 1>." in page.locator(".statement-context").inner_text()
    attribution = page.locator("fieldset.attribution").bounding_box()
    evidence = page.locator("fieldset.evidence").bounding_box()
    assert evidence["x"] > attribution["x"] + attribution["width"] - 1  # side by side
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "statement-change-form.png"), full_page=True)

    page.click(".field-actor .select2-selection")
    page.fill(".select2-search__field", "Peskov")
    page.locator(".select2-results__option", has_text="Dmitry Peskov").click()
    page.click("input[name=_save]")
    page.wait_for_url(f"{live_server_url}/admin/statements/statement/")
    assert "was changed successfully" in page.content()
