"""The project's set-up: settings from the environment, deploy checks, the compose file."""

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_is_clean_with_debug_off():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env={
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": "x" * 20 + "a-long-random-production-secret-0123456789",
            "DJANGO_ALLOWED_HOSTS": "warlog.example",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_debug_off_without_secret_key_refuses_to_start():
    result = run_manage("check", env={"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": ""})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_compose_file_has_healthy_db_before_web():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert services["db"]["image"].startswith("postgres:16")
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])
    assert services["web"]["depends_on"]["db"]["condition"] == "service_healthy"
    command = services["web"]["command"]
    assert "migrate" in command and "gunicorn -c gunicorn.conf.py" in command
    assert re.search(r"gunicorn -c gunicorn\.conf\.py [^&]*warlog\.wsgi", command)
    assert (ROOT / "gunicorn.conf.py").is_file()
    assert services["web"]["environment"]["DATABASE_URL"].startswith("postgres://")


def test_seed_articles_are_copied_unchanged():
    shared = ROOT.parent / "shared" / "seeds"
    ours = sorted((ROOT / "fixtures" / "articles").glob("*.txt"))
    assert len(ours) >= 5
    if shared.is_dir():
        for seed in shared.glob("*.txt"):
            assert (ROOT / "fixtures" / "articles" / seed.name).read_bytes() == seed.read_bytes()


def test_the_product_never_imports_the_development_tools():
    import ast

    root = Path(__file__).resolve().parent.parent
    offenders = []
    for package in ("statements", "warlog"):
        for path in (root / package).rglob("*.py"):
            tree = ast.parse(path.read_text("utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module]
                offenders += [
                    f"{path.relative_to(root)}: {n}" for n in names if n.startswith("warlog_dev")
                ]
    assert offenders == []


def test_compose_runs_a_worker_and_polls_feeds_every_ten_minutes():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    worker = services["worker"]
    assert "manage.py db_worker" in worker["command"]
    assert worker["depends_on"]["db"]["condition"] == "service_healthy"
    assert worker["environment"]["DATABASE_URL"] == services["web"]["environment"]["DATABASE_URL"]
    scheduler = services["scheduler"]
    assert "manage.py feeds poll --enqueue" in scheduler["command"]
    assert "sleep 600" in scheduler["command"]
    assert scheduler["depends_on"]["db"]["condition"] == "service_healthy"


def test_every_seed_article_has_a_sidecar_stating_its_headline():
    import json

    articles = ROOT / "fixtures" / "articles"
    for text_path in sorted(articles.glob("*.txt")):
        sidecar = json.loads(text_path.with_suffix(".json").read_text("utf-8"))
        text = text_path.read_text("utf-8")
        assert sidecar["title"] in text, text_path.name  # stated by the text, not invented
        assert sidecar.get("outlet", "") in text, text_path.name
