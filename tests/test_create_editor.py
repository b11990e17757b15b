"""`manage.py create_editor` in each of its modes."""

import io

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def run(*args, stdin=None, monkeypatch=None):
    out = io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    call_command("create_editor", *args, stdout=out)
    return out.getvalue()


def test_creates_a_staff_editor_with_a_generated_password_shown_once():
    out = run("alice", "--email", "alice@example.org")
    password = out.split("Password (shown once, store it now): ")[1].strip()
    assert len(password) >= 20
    user = authenticate(username="alice", password=password)
    assert user is not None
    assert user.is_staff and not user.is_superuser
    assert user.email == "alice@example.org"
    assert list(user.groups.values_list("name", flat=True)) == ["Editors"]
    assert user.has_perm("statements.change_statement")
    assert not user.has_perm("statements.delete_source")


def test_reads_the_password_from_stdin_and_does_not_print_it(monkeypatch):
    out = run(
        "bob", "--password-stdin", stdin="a-Long-enough-passphrase\n", monkeypatch=monkeypatch
    )
    assert "a-Long-enough-passphrase" not in out
    assert authenticate(username="bob", password="a-Long-enough-passphrase") is not None


def test_rejects_a_weak_or_missing_stdin_password(monkeypatch):
    with pytest.raises(CommandError, match="too short"):
        run("carol", "--password-stdin", stdin="abc\n", monkeypatch=monkeypatch)
    with pytest.raises(CommandError, match="No password"):
        run("carol", "--password-stdin", stdin="", monkeypatch=monkeypatch)
    assert not get_user_model().objects.filter(username="carol").exists()


def test_an_existing_username_is_a_clear_error(editor_user):
    with pytest.raises(CommandError, match="'ed' already exists"):
        run("ed")


def test_if_no_users_does_nothing_once_anyone_exists(editor_user):
    out = run("editor", "--if-no-users")
    assert "Users already exist; no editor created." in out
    assert not get_user_model().objects.filter(username="editor").exists()


def test_if_no_users_creates_the_first_editor():
    out = run("editor", "--if-no-users")
    assert "Created editor 'editor'." in out
    assert get_user_model().objects.get(username="editor").groups.filter(name="Editors").exists()
