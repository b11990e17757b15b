from django.apps import AppConfig
from django.db.backends.signals import connection_created


class StatementsConfig(AppConfig):
    name = "statements"
    verbose_name = "Statements"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .search import register_sqlite_functions
        from .summary import connect_signals

        connect_signals()

        connection_created.connect(register_sqlite_functions, dispatch_uid="warlog_search_fold")
