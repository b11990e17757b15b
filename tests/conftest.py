import pytest


@pytest.fixture
def editor_user(db, django_user_model):
    """A staff user in the Editors group (not a superuser)."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        username="ed", password="correct-horse-battery", is_staff=True
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def seeds(db, settings):
    """The gazetteer and the seed articles (fixtures/articles), ingested as `make demo` does."""
    from io import StringIO

    from django.core.management import call_command

    settings.WARLOG_CHART_CACHE_SECONDS = 0
    call_command("load_gazetteer", stdout=StringIO())
    call_command("ingest", str(settings.WARLOG_FIXTURES_DIR / "articles"), stdout=StringIO())
