from django.urls import path

from . import views

app_name = "statements"

urlpatterns = [
    path("", views.timeline, name="timeline"),
    path("actors/<slug:slug>/", views.placeholder, name="actor"),
    path("events/<slug:slug>/", views.placeholder, name="event"),
    path("sources/<int:pk>/", views.placeholder, name="source"),
    path("statements/<int:pk>/", views.placeholder, name="statement"),
]
