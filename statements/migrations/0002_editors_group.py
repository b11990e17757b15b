"""The Editors group: curate actors, aliases, events and statements; read sources."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Editors"
PERMISSIONS = {
    "actor": ("view", "add", "change"),
    "actoralias": ("view", "add", "change", "delete"),
    "event": ("view", "add", "change"),
    "statement": ("view", "add", "change"),
    "source": ("view",),
    "historicalactor": ("view",),
    "historicalstatement": ("view",),
}


def create_editors_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist now.
    app_config = apps.get_app_config("statements")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS)
    codenames = [f"{action}_{model}" for model, actions in PERMISSIONS.items() for action in actions]
    perms = Permission.objects.filter(content_type__app_label="statements", codename__in=codenames)
    group.permissions.add(*perms)


def remove_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("statements", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_editors_group, remove_editors_group)]
