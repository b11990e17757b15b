"""`Statement.published_on`: its article's publication date, copied onto the statement so that
the timeline's order (said, published, id) is held by indexes on one table (migration 0010)
instead of a join sorted on every page. Filled here from the sources, in slices of ids so a
large table is not locked in one long transaction (`atomic = False`); from then on every write
keeps it equal to the source's (`statements.models.copied_from_source`).
"""

from django.db import migrations, models
from django.db.models import Max, Min, OuterRef, Subquery

SLICE = 50_000


def fill(apps, schema_editor):
    db = schema_editor.connection.alias
    Source = apps.get_model("statements", "Source")
    Statement = apps.get_model("statements", "Statement")
    statements = Statement.objects.using(db)
    date = Source.objects.using(db).filter(pk=OuterRef("source_id")).values("published_on")[:1]
    bounds = statements.aggregate(first=Min("pk"), last=Max("pk"))
    if bounds["first"] is None:
        return
    for start in range(bounds["first"], bounds["last"] + 1, SLICE):
        statements.filter(pk__gte=start, pk__lt=start + SLICE).update(published_on=Subquery(date))
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ANALYZE statements_statement")


class Migration(migrations.Migration):
    atomic = False

    dependencies = [
        ("statements", "0008_summary"),
    ]

    operations = [
        migrations.AddField(
            model_name="statement",
            name="published_on",
            field=models.DateField(
                blank=True,
                editable=False,
                help_text="Its article's publication date, copied from the source (the "
                "timeline's second key); kept equal to it on every write.",
                null=True,
            ),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop, elidable=False),
    ]
