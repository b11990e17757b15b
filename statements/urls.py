from django.urls import path

from . import browse, views
from .feeds import StatementFeed

app_name = "statements"

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("statements.csv", views.statements_csv, name="statements_csv"),
    path("statements.json", views.statements_json, name="statements_json"),
    path("facets.json", views.facets_json, name="facets_json"),
    path("chart.json", views.chart_json, name="chart_json"),
    path("statements.atom", StatementFeed(), name="statements_atom"),
    path("actors.json", views.actor_autocomplete, name="actor_autocomplete"),
    path("actors/", browse.actor_index, name="actors"),
    path("events/", browse.event_index, name="events"),
    path("sources/", browse.source_index, name="sources"),
    path("compare/", browse.compare, name="compare"),
    path("about/", browse.about, name="about"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor"),
    path("events/<slug:slug>/", views.event_detail, name="event"),
    path("sources/<int:pk>/", views.source_detail, name="source"),
    path("statements/<int:pk>/", views.statement_detail, name="statement"),
]
