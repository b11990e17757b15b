"""Issue 10: `generate_synthetic --replace` never wipes real data by accident."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from statements.models import Source, Statement
from tests.factories import ActorAliasFactory, SourceFactory

pytestmark = pytest.mark.django_db


def generate(*args):
    call_command("generate_synthetic", "--statements", "50", *args, stdout=StringIO())


def test_replace_is_refused_when_real_articles_are_there(settings):
    settings.DEBUG = True
    real = SourceFactory(extractor_version="1.6")
    with pytest.raises(CommandError, match=r"not synthetic \(1 sources\).*--yes-really"):
        generate("--replace")
    assert Source.objects.filter(pk=real.pk).exists()


def test_replace_is_refused_when_the_gazetteer_is_there(settings):
    settings.DEBUG = True
    ActorAliasFactory()
    with pytest.raises(CommandError, match=r"not synthetic \(1 actors\)"):
        generate("--replace")


def test_replace_of_synthetic_data_only_and_yes_really(settings):
    settings.DEBUG = True
    generate()
    generate("--replace")  # only synthetic rows: allowed
    assert Statement.objects.count() == 50
    SourceFactory(extractor_version="1.6")
    generate("--replace", "--yes-really")
    assert not Source.objects.exclude(extractor_version="synthetic").exists()


def test_replace_is_never_run_with_debug_off(settings):
    settings.DEBUG = False
    generate()
    with pytest.raises(CommandError, match="refused with DJANGO_DEBUG=0"):
        generate("--replace", "--yes-really")
    assert Statement.objects.count() == 50
