"""Editors, second round: the review queue's claims, re-extraction's review reasons, why an
event link was made, sources editors can correct (`curated_fields`, history), and the Editors'
new rights: change sources, merge actors (a permission of its own, see Actor.Meta)."""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
import simple_history.models
from django.conf import settings
from django.db import migrations, models


EDITORS = "Editors"
GRANTED = ("change_source", "view_historicalsource", "merge_actor")


def grant_editors(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist now.
    app_config = apps.get_app_config("statements")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS)
    perms = Permission.objects.filter(content_type__app_label="statements", codename__in=GRANTED)
    group.permissions.add(*perms)


def revoke_editors(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=EDITORS).first()
    if group is not None:
        perms = Permission.objects.filter(
            content_type__app_label="statements", codename__in=GRANTED
        )
        group.permissions.remove(*perms)


class Migration(migrations.Migration):
    dependencies = [
        ("statements", "0005_clusters"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="HistoricalSource",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("title", models.CharField(blank=True, max_length=500)),
                ("outlet", models.CharField(blank=True, db_index=True, max_length=200)),
                ("url", models.URLField(blank=True, db_index=True, max_length=2000)),
                ("published_on", models.DateField(blank=True, db_index=True, null=True)),
                (
                    "published_precision",
                    models.CharField(
                        choices=[
                            ("day", "day"),
                            ("month", "month"),
                            ("year", "year"),
                            ("unknown", "unknown"),
                        ],
                        default="unknown",
                        max_length=10,
                    ),
                ),
                ("published_evidence", models.TextField(blank=True)),
                (
                    "date_warning",
                    models.TextField(
                        blank=True,
                        help_text="Why the article's own date is doubtful; empty when it is not.",
                    ),
                ),
                (
                    "content_hash",
                    models.CharField(
                        db_index=True, help_text="SHA-256 of the text.", max_length=64
                    ),
                ),
                ("file_name", models.CharField(blank=True, db_index=True, max_length=500)),
                ("extractor_version", models.CharField(blank=True, max_length=40)),
                (
                    "curated_fields",
                    models.JSONField(
                        blank=True,
                        default=list,
                        help_text="Fields an editor changed; ingestion never overwrites them.",
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
            ],
            options={
                "verbose_name": "historical source",
                "verbose_name_plural": "historical sources",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.AlterModelOptions(
            name="actor",
            options={
                "ordering": ["name"],
                "permissions": [("merge_actor", "Can merge duplicate actors")],
            },
        ),
        migrations.AddField(
            model_name="historicalstatement",
            name="event_evidence",
            field=models.JSONField(
                blank=True, default=dict, help_text="Why each event link was made, by event slug."
            ),
        ),
        migrations.AddField(
            model_name="historicalstatement",
            name="review_reason",
            field=models.CharField(
                blank=True,
                help_text="Why this statement needs an editor's look again (set by re-extraction).",
                max_length=500,
            ),
        ),
        migrations.AddField(
            model_name="source",
            name="curated_fields",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text="Fields an editor changed; ingestion never overwrites them.",
            ),
        ),
        migrations.AddField(
            model_name="statement",
            name="claimed_by",
            field=models.ForeignKey(
                blank=True,
                help_text="The editor reviewing it in the queue right now.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="statement",
            name="claimed_until",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.AddField(
            model_name="statement",
            name="event_evidence",
            field=models.JSONField(
                blank=True, default=dict, help_text="Why each event link was made, by event slug."
            ),
        ),
        migrations.AddField(
            model_name="statement",
            name="review_reason",
            field=models.CharField(
                blank=True,
                help_text="Why this statement needs an editor's look again (set by re-extraction).",
                max_length=500,
            ),
        ),
        migrations.AlterField(
            model_name="event",
            name="keywords",
            field=models.JSONField(
                blank=True,
                default=list,
                help_text='Other names of the event, e.g. ["Kursk incursion", "Kursk offensive"]. A statement is linked to the event when its sentence names it and it was said during the event or shortly after; a place name alone is not a name of the event.',
            ),
        ),
        migrations.AddIndex(
            model_name="statement",
            index=models.Index(fields=["review_status", "id"], name="statement_review_queue_idx"),
        ),
        migrations.AddField(
            model_name="historicalsource",
            name="history_user",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
            ),
        ),
        migrations.AddField(
            model_name="historicalsource",
            name="syndicated_from",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text=(
                    "The stored article this one is a near-copy of (the same wire story under "
                    "another outlet); its statements are kept once, on that article."
                ),
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="statements.source",
            ),
        ),
        migrations.RunPython(grant_editors, revoke_editors),
    ]
