"""The review queue in real Chromium, on the ingested seed articles: an editor verifies,
rejects, reassigns a speaker and moves on, then works through the rest with the keyboard."""

import importlib
import os
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from statements.models import Statement

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Chromium at /usr/bin/chromium"),
]


@pytest.fixture
def editors_group(transactional_db):
    """The Editors group as the migrations make it. A transactional test before this one may
    have flushed it (and a serialized rollback would clash with the content types the flush
    re-created), so it is made again here from the migrations' own lists."""
    from django.contrib.auth.models import Group, Permission

    first = importlib.import_module("statements.migrations.0002_editors_group")
    second = importlib.import_module("statements.migrations.0006_editors_review_sources")
    codenames = [f"{a}_{model}" for model, actions in first.PERMISSIONS.items() for a in actions]
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="statements", codename__in=[*codenames, *second.GRANTED]
        )
    )
    return group


def test_an_editor_works_through_the_seeds_in_the_queue(live_server, editors_group, editor_user):
    sync_api = pytest.importorskip("playwright.sync_api")
    call_command("ingest", str(ROOT / "fixtures" / "articles"), stdout=StringIO())
    total = Statement.objects.count()
    assert total == 71
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            seen = work_through_queue(page, live_server.url)
        finally:
            browser.close()

    first, second, third, fourth = seen[:4]
    statuses = dict(Statement.objects.values_list("pk", "review_status"))
    assert (statuses[first], statuses[second], statuses[third]) == (
        "verified",
        "rejected",
        "verified",
    )
    reassigned = Statement.objects.get(pk=third)
    assert reassigned.actor.name == "Dmitry Peskov"
    assert reassigned.curated_fields == ["actor", "review_status"]
    assert reassigned.history.first().history_user.username == "ed"
    assert statuses[fourth] == "unreviewed"  # skipped
    # The rest was verified with the keyboard: every statement but the skipped one is decided.
    assert len(seen) == total
    assert sorted(pk for pk, status in statuses.items() if status == "unreviewed") == [fourth]
    assert Statement.objects.filter(claimed_by__isnull=False).count() == 0


def current(page) -> int:
    return int(page.locator("input[name=statement]").get_attribute("value"))


def work_through_queue(page, url) -> list[int]:
    page.goto(f"{url}/admin/login/")
    page.fill("#id_username", "ed")
    page.fill("#id_password", "correct-horse-battery")
    page.click("input[type=submit]")
    page.goto(f"{url}/admin/")
    page.locator("#review-backlog").wait_for()
    page.click("#review-backlog caption a")
    page.wait_for_url("**/review/")

    legend = page.locator("#review-legend")
    legend.wait_for()
    page.locator(".field-actor .select2-selection").wait_for()
    assert legend.inner_text().startswith("Keys: v verify")
    assert page.locator(".statement-context mark").inner_text()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "review-queue.png"), full_page=True)

    seen = [current(page)]
    page.click("#review-verify")  # 1. verify as is
    moved_on(page, seen[-1])
    seen.append(current(page))
    page.keyboard.press("r")  # 2. reject with the keyboard
    moved_on(page, seen[-1])
    seen.append(current(page))
    # 3. reassign with the autocomplete, then save-and-next (Verify saves the correction)
    page.click(".field-actor .select2-selection")
    page.fill(".select2-dropdown .select2-search__field", "Peskov")
    page.locator(".select2-results__option", has_text="Dmitry Peskov").click()
    page.keyboard.press("v")  # a key typed while a field is focused is text, not a shortcut
    assert current(page) == seen[-1]
    page.click("#review-verify")
    moved_on(page, seen[-1])
    assert "corrected: actor" in page.locator(".messagelist").inner_text()
    seen.append(current(page))
    page.keyboard.press("s")  # 4. skip
    moved_on(page, seen[-1])
    # 5. the rest, with the keyboard
    while page.locator("input[name=statement]").count():
        seen.append(current(page))
        page.locator("body").press("v")
        page.wait_for_load_state()
        moved_on(page, seen[-1])
    assert "Nothing awaits review" in page.locator(".review-done").inner_text()
    return seen


def moved_on(page, previous: str) -> None:
    """The queue shows another statement, or none. Waited for with a selector, not a script:
    the Content-Security-Policy forbids the eval that `wait_for_function` needs."""
    from playwright.sync_api import expect

    expect(page.locator(f"input[name=statement][value='{previous}']")).to_have_count(0)
    page.wait_for_load_state()
