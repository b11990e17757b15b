#!/bin/sh
# Warlog beside Datasette over HTTP, in one command: start gunicorn (gunicorn.conf.py,
# DJANGO_DEBUG=0) on the database DATABASE_URL names and Datasette on the SQLite file
# scripts/datasette_export.py made from it, run scripts/httpbench.py against both, print its
# table, stop both servers. See docs/performance.md, "How to re-run".
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:55432/warlog_perfread_1m \
#   DATASETTE_DB=/tmp/perfread/warlog.db scripts/httpbench_run.sh [httpbench options]
#
# Environment (defaults in brackets): WARLOG_PORT [18611], DATASETTE_PORT [18612],
# DATASETTE_BIN [/work/dsvenv/bin/datasette], BENCH_CACHE_DIR [a new temporary directory: the
# first request of each case is a cold one, as after a deploy], BENCH_JSON [httpbench.json],
# BENCH_LOG [/dev/null: gunicorn's log].
# Options are passed to httpbench.py (default: -n 50 --deep 20).
set -eu
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?set DATABASE_URL to the 1M-statement database}"
: "${DATASETTE_DB:?set DATASETTE_DB to the SQLite file made by scripts/datasette_export.py}"
WARLOG_PORT=${WARLOG_PORT:-18611}
DATASETTE_PORT=${DATASETTE_PORT:-18612}
DATASETTE_BIN=${DATASETTE_BIN:-/work/dsvenv/bin/datasette}
BENCH_JSON=${BENCH_JSON:-httpbench.json}
CACHE_DIR=${BENCH_CACHE_DIR:-$(mktemp -d)}
INSPECT="${DATASETTE_DB%.db}.counts.json"
[ $# -gt 0 ] || set -- -n 50 --deep 20

export DJANGO_DEBUG=0 DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_ALLOWED_HOSTS=127.0.0.1
export DJANGO_SECRET_KEY="${DJANGO_SECRET_KEY:-httpbench-$(date +%s)}"
export WARLOG_CACHE_DIR="$CACHE_DIR" GUNICORN_BIND="127.0.0.1:$WARLOG_PORT"

.venv/bin/python manage.py collectstatic --noinput -v0
[ -f "$INSPECT" ] || "$DATASETTE_BIN" inspect "$DATASETTE_DB" --inspect-file "$INSPECT"

.venv/bin/gunicorn -c gunicorn.conf.py >"${BENCH_LOG:-/dev/null}" 2>&1 &
WARLOG_PID=$!
"$DATASETTE_BIN" serve -i "$DATASETTE_DB" --inspect-file "$INSPECT" -h 127.0.0.1 \
    -p "$DATASETTE_PORT" --setting default_page_size 50 --setting sql_time_limit_ms 20000 \
    --setting suggest_facets off >/dev/null 2>&1 &
DATASETTE_PID=$!
trap 'kill "$WARLOG_PID" "$DATASETTE_PID" 2>/dev/null; wait 2>/dev/null' EXIT INT TERM

for url in "http://127.0.0.1:$WARLOG_PORT/about/" "http://127.0.0.1:$DATASETTE_PORT/-/versions.json"; do
    tries=0
    until curl -fsS -o /dev/null "$url" 2>/dev/null; do
        tries=$((tries + 1))
        [ "$tries" -lt 120 ] || { echo "httpbench_run: $url did not answer" >&2; exit 1; }
        sleep 1
    done
done

.venv/bin/python scripts/httpbench.py --warlog "http://127.0.0.1:$WARLOG_PORT" \
    --datasette "http://127.0.0.1:$DATASETTE_PORT/$(basename "$DATASETTE_DB" .db)" \
    --json "$BENCH_JSON" "$@"
