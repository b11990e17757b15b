from django.apps import AppConfig


class WarlogDevConfig(AppConfig):
    name = "warlog_dev"
    verbose_name = "Warlog development tools"
