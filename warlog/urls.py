from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Warlog editorial"
admin.site.site_title = "Warlog"
admin.site.index_title = "Curate statements, actors and events"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("statements.urls")),
]
