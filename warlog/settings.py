"""Warlog settings: one module, driven by environment variables.

Development defaults need nothing installed (SQLite in the project directory, debug on).
Production sets DJANGO_SECRET_KEY, DJANGO_DEBUG=0, DJANGO_ALLOWED_HOSTS and DATABASE_URL.
"""

import datetime as dt
import os
from pathlib import Path

import dj_database_url

from warlog.directories import private_directory

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    SECRET_KEY = "django-insecure-development-only-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "django_filters",
    "simple_history",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "statements",
    "warlog_dev",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "warlog.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "warlog.middleware.RequestLimitsMiddleware",
    "warlog.middleware.StatementTimeoutMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "warlog.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "warlog.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "warlog.auth.AdminLoginThrottle",  # django-axes: refuses a locked-out login first
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Deployment behind TLS: secure by default when debug is off.
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# Where the server keeps its own files (the chart cache). Not a shared temporary directory: the
# cache holds pickles, so it must be a directory only the server's user can write (checked at
# start, created with mode 0700; warlog/directories.py).
WARLOG_DATA_DIR = Path(os.environ.get("WARLOG_DATA_DIR") or BASE_DIR / "var")

# One cache shared by every gunicorn worker (files: nothing to set up, no table, no server).
# It holds the chart aggregates, which also give the lists their exact counts.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": str(
            private_directory(
                os.environ.get("WARLOG_CACHE_DIR") or WARLOG_DATA_DIR / "cache",
                setting="WARLOG_CACHE_DIR" if os.environ.get("WARLOG_CACHE_DIR") else "The cache",
            )
        ),
        "TIMEOUT": 600,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    }
}

# Admin login throttling (django-axes, warlog/auth.py): five failed logins for one username
# from one address lock that pair out for 15 minutes; a success resets the count.
AXES_ONLY_ADMIN_SITE = True
AXES_FAILURE_LIMIT = int(os.environ.get("WARLOG_LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = dt.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Behind the TLS proxy (the production set-up), the client's address is the one the proxy
# appends to X-Forwarded-For; without a proxy, only REMOTE_ADDR (a client may forge headers).
if env_bool("WARLOG_BEHIND_PROXY", not DEBUG):
    AXES_IPWARE_PROXY_COUNT = 1
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

# Warlog's own settings.
WARLOG_FIXTURES_DIR = BASE_DIR / "fixtures"
WARLOG_MAX_ARTICLE_BYTES = int(os.environ.get("WARLOG_MAX_ARTICLE_BYTES", str(5 * 1024 * 1024)))
WARLOG_PAGE_SIZE = int(os.environ.get("WARLOG_PAGE_SIZE", "50"))
# Rendered list pages are kept this long, keyed by the URL and the data's freshness (0: off).
if "WARLOG_PAGE_CACHE_SECONDS" in os.environ:
    WARLOG_PAGE_CACHE_SECONDS = int(os.environ["WARLOG_PAGE_CACHE_SECONDS"])

# Background work (django-tasks): the queue is a table in the database Warlog already has;
# `manage.py db_worker` runs the jobs (several workers share it: rows are claimed with
# SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Fetching from the web (statements/fetching.py).
WARLOG_CONTACT_URL = os.environ.get("WARLOG_CONTACT_URL", "https://warlog.example/about/")
WARLOG_FETCH_ALLOW_PRIVATE = env_bool("WARLOG_FETCH_ALLOW_PRIVATE", False)
WARLOG_FETCH_TIMEOUT = float(os.environ.get("WARLOG_FETCH_TIMEOUT", "10"))  # connect / read, s
WARLOG_FETCH_DEADLINE = float(os.environ.get("WARLOG_FETCH_DEADLINE", "30"))  # whole response, s
WARLOG_FETCH_HOST_INTERVAL = float(os.environ.get("WARLOG_FETCH_HOST_INTERVAL", "1"))  # s
WARLOG_FETCH_RETRIES = int(os.environ.get("WARLOG_FETCH_RETRIES", "2"))  # after the first try
WARLOG_FETCH_BACKOFF = float(os.environ.get("WARLOG_FETCH_BACKOFF", "1"))  # s, doubled each retry
# Limits on what one anonymous request may cost (warlog/middleware.py, statements/views.py).
WARLOG_MAX_QUERY_STRING = int(os.environ.get("WARLOG_MAX_QUERY_STRING", "4096"))  # bytes
# PostgreSQL statement_timeout for web requests; management commands run without one. The CSV
# export (the streamed bulk download) gets the longer export timeout.
WARLOG_STATEMENT_TIMEOUT_MS = int(os.environ.get("WARLOG_STATEMENT_TIMEOUT_MS", "5000"))
WARLOG_ADMIN_STATEMENT_TIMEOUT_MS = int(
    os.environ.get("WARLOG_ADMIN_STATEMENT_TIMEOUT_MS", "60000")
)  # editors' bulk actions
WARLOG_EXPORT_STATEMENT_TIMEOUT_MS = int(
    os.environ.get("WARLOG_EXPORT_STATEMENT_TIMEOUT_MS", "600000")
)
WARLOG_JSON_PAGE_SIZE = 100  # rows per /statements.json page by default (`limit=`)
WARLOG_JSON_MAX_PAGE_SIZE = 1000

# Content-Security-Policy: the pages load only their own script, stylesheet and images, and
# hold no inline script or style. The admin also allows inline style: Django's change list and
# django-simple-history's history page carry style attributes (cosmetic; no inline script).
_CSP_COMMON = "base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
WARLOG_CSP = f"default-src 'self'; {_CSP_COMMON}"
WARLOG_ADMIN_CSP = f"default-src 'self'; style-src 'self' 'unsafe-inline'; {_CSP_COMMON}"
WARLOG_ADMIN_PREFIX = "/admin/"
