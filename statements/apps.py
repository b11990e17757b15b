from django.apps import AppConfig


class StatementsConfig(AppConfig):
    name = "statements"
    verbose_name = "Statements"
    default_auto_field = "django.db.models.BigAutoField"
