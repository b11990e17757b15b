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
def editor_client(client, editor_user):
    """The test client, logged in as `editor_user`."""
    assert client.login(username="ed", password="correct-horse-battery")
    return client
