#!/usr/bin/env bash
# Bounded load test on loopback: gunicorn as in production (settings from the environment,
# debug off, static files by WhiteNoise) and wrk with a mix of timeline filters, actor/event/
# statement pages and small filtered CSV downloads drawn from the current database.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5433/warlog_bench scripts/loadtest.sh
#
# Environment: DURATION (60s), CONNECTIONS (50), THREADS (2), WORKERS (4), PORT (8100),
# RESULT (a file for wrk's JSON summary line; the access log is kept beside it).
# Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${DATABASE_URL:?set DATABASE_URL to the database to serve}"
DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-50}
THREADS=${THREADS:-2}
WORKERS=${WORKERS:-4}
PORT=${PORT:-8100}
HOST=127.0.0.1 # loopback only, never anything else
PY=.venv/bin/python
command -v wrk >/dev/null || { echo "loadtest: wrk is missing (apt-get install wrk)" >&2; exit 2; }

work=$(mktemp -d /tmp/warlog-loadtest.XXXXXX)
gunicorn_pid=
cleanup() {
    if [[ -n $gunicorn_pid ]]; then
        kill "$gunicorn_pid" 2>/dev/null || true
        wait "$gunicorn_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

export DJANGO_DEBUG=0
export DJANGO_SECRET_KEY="loadtest-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
export DJANGO_ALLOWED_HOSTS=$HOST
export DJANGO_SECURE_SSL_REDIRECT=0
export DATABASE_URL
export WARLOG_CACHE_DIR="$work/cache" # starts cold, shared by the workers

"$PY" manage.py collectstatic --noinput -v0

# The request mix, as weighted lines of paths (real slugs and ids from this database).
"$PY" manage.py shell -v0 -c "
import random
from urllib.parse import urlencode
from django.db.models import Count
from statements.models import Actor, Event, Statement
rng = random.Random(7)
actors = list(Actor.objects.annotate(n=Count('statements')).filter(n__gt=0).order_by('-n').values_list('slug', flat=True)[:200])
events = list(Event.objects.annotate(n=Count('statements')).filter(n__gt=0).order_by('-n').values_list('slug', flat=True)[:50])
affiliations = list(Actor.objects.exclude(affiliation='').values_list('affiliation', flat=True).distinct())
last = Statement.objects.order_by('-id').values_list('id', flat=True).first() or 1
ids = list(Statement.objects.visible().filter(id__in=[rng.randrange(1, last + 1) for _ in range(2000)]).values_list('id', flat=True)[:500])
words = ['grain', 'drones', 'ceasefire', 'sanctions', 'Kherson', 'talks', 'missiles', 'energy']
lines = []
def add(weight, make):
    lines.extend(make() for _ in range(weight))
def path(base, **params):
    return f'{base}?{urlencode(params)}' if params else base
def month():
    y, m = rng.choice([2022, 2023, 2024, 2025]), rng.randrange(1, 13)
    return {'date_from': f'{y}-{m:02d}-01', 'date_to': f'{y}-{m:02d}-28'}
add(10, lambda: path('/'))
add(5, lambda: path('/', page=rng.randrange(2, 11)))
from statements.views import Cursor
timeline = Statement.objects.for_reading()
def deep():  # an Older link deep in the timeline, as a reader following them reaches it
    number = rng.randrange(11, 2000)
    row = timeline[(number - 1) * 50 - 1]
    return path('/', cursor=str(Cursor.at(row, 'said_desc', forward=True, number=number)))
add(5, deep)
add(12, lambda: path('/', actor=rng.choice(actors)))
add(8, lambda: path('/', affiliation=rng.choice(affiliations), **month()))
add(6, lambda: path('/', event=rng.choice(events)))
add(8, lambda: path('/', q=rng.choice(words)))
add(6, lambda: path('/', q=rng.choice(words), kind='direct', affiliation=rng.choice(affiliations)))
add(6, lambda: path(f'/actors/{rng.choice(actors)}/'))
add(4, lambda: path(f'/events/{rng.choice(events)}/'))
add(20, lambda: path(f'/statements/{rng.choice(ids)}/'))
add(10, lambda: path('/statements.csv', actor=rng.choice(actors[20:] or actors), **month()))
open('$work/paths.txt', 'w').write('\n'.join(lines) + '\n')
print(f'loadtest: {len(lines)} request shapes')
"

.venv/bin/gunicorn -c gunicorn.conf.py warlog.wsgi -w "$WORKERS" -b "$HOST:$PORT" \
    --error-logfile "$work/gunicorn.log" --access-logfile "$work/access.log" \
    --access-logformat '%(s)s %(U)s?%(q)s %(M)sms' --timeout 60 &
gunicorn_pid=$!
for _ in $(seq 1 50); do
    if "$PY" -c "import urllib.request as u; u.urlopen('http://$HOST:$PORT/', timeout=30)" 2>/dev/null; then
        break
    fi
    sleep 0.5
done

# Warm each worker once (imports, connections), then measure.
wrk -t1 -c"$WORKERS" -d5s -s scripts/loadtest.lua "http://$HOST:$PORT" -- "$work/paths.txt" >/dev/null
: >"$work/access.log"
echo "loadtest: wrk -t$THREADS -c$CONNECTIONS -d$DURATION on http://$HOST:$PORT ($WORKERS gunicorn workers)"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 30s --latency \
    -s scripts/loadtest.lua "http://$HOST:$PORT" -- "$work/paths.txt" | tee "$work/wrk.txt"
if [[ -n ${RESULT:-} ]]; then
    grep '^{' "$work/wrk.txt" >"$RESULT"
    cp "$work/access.log" "${RESULT%.json}.access.log" # status, path, server ms per request
fi
echo "loadtest: responses by status; slowest and non-2xx requests:"
awk '{print $1}' "$work/access.log" | sort | uniq -c
sed 's/ms$//' "$work/access.log" | sort -k3 -n -r | head -5
grep -v '^2' "$work/access.log" | sort | uniq -c | sort -rn | head -10 || true
if grep -q "Internal Server Error\|Traceback" "$work/gunicorn.log"; then
    echo "loadtest: server errors logged:" >&2
    grep -A3 "Traceback" "$work/gunicorn.log" | head -40 >&2
fi
