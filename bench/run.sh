#!/usr/bin/env bash
# roster's benchmarks: every line of SPEC §11, each timed with hyperfine next to
# its peer doing the same work in the same run, printed as a ratio (or an
# absolute figure where the target is absolute), with roster's peak RSS.
#
#   bench/run.sh                         # 1,000,000 users (about 30 minutes)
#   BENCH_POSTGRES=0 bench/run.sh        # without the PostgreSQL lines
#   BENCH_USERS=100000 BENCH_RUNS=3 bench/run.sh
#
# Needs a Rust toolchain; installs sqlite3, hyperfine and GNU time with apt-get
# when they are missing, and argon2-cffi (the hashing peer) in a venv under
# target/. Not run by CI: timings belong here, not in tests. docs/performance.md
# keeps the last table.
set -euo pipefail
cd "$(dirname "$0")/.."

users=${BENCH_USERS:-1000000}
runs=${BENCH_RUNS:-5}
heavy_runs=${BENCH_HEAVY_RUNS:-3}
hashed=${BENCH_HASHED:-500}

missing=()
command -v sqlite3 >/dev/null || missing+=(sqlite3)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench: installing ${missing[*]}" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq "${missing[@]}" >/dev/null; fi
fi
venv="$PWD/target/bench-venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check argon2-cffi==25.1.0
fi

cargo build --release --quiet
roster="$PWD/target/release/roster"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seed="$work/seed.db"
db="$work/roster.db"
results="$work/results.txt"
export USER=bench ROSTER_YES=1

echo "seeding $users users..." >&2
ROSTER_DB="$seed" "$roster" db migrate >/dev/null 2>&1
sqlite3 "$seed" >/dev/null <<SQL
PRAGMA journal_mode = WAL;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $users)
INSERT INTO users (id, email, email_key, first_name, last_name, status,
                   created_at, updated_at, search_text)
SELECT printf('%08x-0000-7000-8000-%012x', i, i),
       'user' || i || '@example.com', 'user' || i || '@example.com',
       'First' || (i % 1000), 'Smith' || i, 'active',
       strftime('%Y-%m-%dT%H:%M:%SZ', 1735689600 + i, 'unixepoch'),
       strftime('%Y-%m-%dT%H:%M:%SZ', 1735689600 + i, 'unixepoch'),
       'user' || i || '@example.com' || char(10) || 'first' || (i % 1000) || char(10) || 'smith' || i
FROM n;
PRAGMA wal_checkpoint(TRUNCATE);
SQL
cp "$seed" "$db"
middle=$((users / 2))
tenth=$((users / 10))
# The first tenth of the users were created before this time.
cutoff=$(python3 -c "import datetime; print(datetime.datetime.fromtimestamp(1735689600 + $tenth + 1, datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'))")

# Files to import: users without passwords, as a CSV a migration would bring.
make_csv() {
  python3 - "$1" "$2" <<'PY'
import csv, random, sys
count, path = int(sys.argv[1]), sys.argv[2]
random.seed(1)
first = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Margaret", "Ken"]
last = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth", "Hamilton"]
cities = ["London", "Paris", "Berlin", "Lisbon", "Madrid", "Rome", "Oslo"]
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["email", "first_name", "last_name", "phone", "company", "city", "status"])
    for i in range(count):
        fn, ln = random.choice(first), random.choice(last)
        w.writerow([f"{fn.lower()}.{ln.lower()}{i}@example.com", fn, ln,
                    f"020 7946 {i % 10000:04d}", f"Company {i % 500}",
                    random.choice(cities), "active"])
PY
}
small=$((users / 10))
make_csv "$small" "$work/import-small.csv"
make_csv "$users" "$work/import-large.csv"
make_csv "$hashed" "$work/hashed.csv"

# The peer's table for `.import`: the CSV's columns with the indexes roster's
# users table has on them (unique email, status, the trigram search index kept
# by a trigger), and the same without the search index.
peer_schema() {
  local search=$1
  cat <<SQL
PRAGMA journal_mode = WAL;
CREATE TABLE users (email TEXT NOT NULL, first_name TEXT, last_name TEXT, phone TEXT,
                    company TEXT, city TEXT, status TEXT NOT NULL);
CREATE UNIQUE INDEX users_email ON users (lower(email));
CREATE INDEX users_status ON users (status);
SQL
  if [ "$search" = yes ]; then cat <<'SQL'
CREATE VIRTUAL TABLE users_search USING fts5(search_text, tokenize = 'trigram', detail = 'none');
CREATE TRIGGER users_search_insert AFTER INSERT ON users BEGIN
  INSERT INTO users_search (rowid, search_text) VALUES (new.rowid, lower(
    new.email || char(10) || coalesce(new.first_name, '') || char(10) ||
    coalesce(new.last_name, '') || char(10) || coalesce(new.company, '') || char(10) ||
    coalesce(new.city, '') || char(10) || coalesce(new.phone, '')));
END;
SQL
  fi
}
peer_schema yes > "$work/peer-search.sql"
peer_schema no > "$work/peer-bare.sql"
fresh_peer() { echo "rm -f $work/peer.db*; sqlite3 $work/peer.db < $work/peer-$1.sql > /dev/null"; }
fresh_store="rm -f $work/new.db*; ROSTER_DB=$work/new.db $roster db migrate > /dev/null 2>&1"
reset_store="rm -f $db-wal $db-shm; cp $seed $db"

# The export peer: the same columns, memberships included, in the same order.
cat > "$work/export.sql" <<'SQL'
.headers on
.mode csv
SELECT u.id, u.email, u.username, u.first_name, u.middle_name, u.last_name, u.phone,
  u.company, u.address, u.city, u.region, u.postal_code, u.country, u.title,
  u.employee_id, u.accounting_id, u.comment,
  (SELECT group_concat(r.role, ';') FROM user_roles r WHERE r.user_id = u.id),
  (SELECT group_concat(g.kind || ':' || d.display_name, ';') FROM user_groups g
     JOIN groups d ON d.kind = g.kind AND d.name = g.name WHERE g.user_id = u.id),
  (SELECT group_concat(p.permission, ';') FROM user_permissions p WHERE p.user_id = u.id),
  u.status, u.created_at, u.updated_at, u.last_login_at, u.password_changed_at,
  u.must_change_password, u.invited_at, u.invite_expires_at, u.blocked_reason,
  u.blocked_until, u.failed_logins, u.locked_until, u.onboarding_requested_at,
  (SELECT json_group_object(a.key, a.value) FROM user_attributes a WHERE a.user_id = u.id)
FROM users u ORDER BY u.id;
SQL

# The hashing peer: argon2id with roster's parameters (m=19456 KiB, t=2, p=1),
# one process per core, each reusing its own buffers (argon2-cffi's C code).
cat > "$work/hash_peer.py" <<'PY'
import os, sys
from concurrent.futures import ProcessPoolExecutor
from argon2.low_level import Type, hash_secret

def work(n):
    for i in range(n):
        hash_secret(os.urandom(21), os.urandom(16), time_cost=2, memory_cost=19456,
                    parallelism=1, hash_len=32, type=Type.ID)

count, cores = int(sys.argv[1]), os.cpu_count()
with ProcessPoolExecutor(cores) as pool:
    list(pool.map(work, [count // cores + (i < count % cores) for i in range(cores)]))
PY

# Peak resident memory of one run of a command, in MiB.
peak_rss() {
  local prepare=$1; shift
  [ -n "$prepare" ] && sh -c "$prepare"
  /usr/bin/time -f '%M' -o "$work/rss" sh -c "$*" > /dev/null 2>&1
  echo $(( $(cat "$work/rss") / 1024 ))
}

needs_shell() { [[ $1 == *" < "* || $1 == *" > "* || $1 =~ ^[A-Z_]+= ]]; }

# bench NAME TARGET RUNS ROSTER_CMD PEER_NAME PEER_CMD [PREPARE] [PEER_PREPARE]
# TARGET: "ratio:X" (roster <= X x peer), "ms:N" (roster <= N ms), "rate:N:COUNT"
# (COUNT items at >= N a second), "info" (no target), and ",rss:M" after any
# of them (peak RSS <= M MiB).
bench() {
  local name=$1 target=$2 n=$3 ours=$4 peer_name=$5 theirs=$6 prepare=${7:-} peer_prepare=${8:-${7:-}}
  echo "bench: $name" >&2
  local a=(--runs "$n" --export-json "$work/$name-ours.json")
  local b=(--runs "$n" --export-json "$work/$name-peer.json")
  # No shell in between unless the command needs one (redirection, variables).
  [ -n "$prepare" ] || needs_shell "$ours" || a+=(-N)
  [ -n "$peer_prepare" ] || needs_shell "$theirs" || b+=(-N)
  if [ -n "$prepare" ]; then a+=(--prepare "$prepare"); else a+=(--warmup 2); fi
  if [ -n "$peer_prepare" ]; then b+=(--prepare "$peer_prepare"); else b+=(--warmup 2); fi
  hyperfine "${a[@]}" "$ours" > /dev/null
  hyperfine "${b[@]}" "$theirs" > /dev/null
  local rss
  rss=$(peak_rss "$prepare" "$ours")
  python3 - "$work/$name-ours.json" "$work/$name-peer.json" "$name" "$target" "$peer_name" "$rss" >> "$results" <<'PY'
import json, sys
ours = json.load(open(sys.argv[1]))["results"][0]["mean"] * 1000
theirs = json.load(open(sys.argv[2]))["results"][0]["mean"] * 1000
name, target, peer, rss = sys.argv[3], sys.argv[4], sys.argv[5], int(sys.argv[6])
parts = target.split(",")
kind, *value = parts[0].split(":")
ratio = ours / theirs
if kind == "ratio":
    ok, goal = ratio <= float(value[0]), f"<= {value[0]}x"
elif kind == "ms":
    ok, goal = ours <= float(value[0]), f"<= {value[0]} ms"
elif kind == "rate":
    rate = int(value[1]) / (ours / 1000)
    ok, goal = rate >= float(value[0]), f">= {value[0]}/s ({rate:.0f}/s)"
else:
    ok, goal = True, "(for reference)"
for extra in parts[1:]:
    k, v = extra.split(":")
    if k == "rss":
        ok = ok and rss <= int(v)
        goal += f", RSS <= {v} MiB"
verdict = "ok" if ok else "MISSED"
print(f"| {name} | {ours:,.0f} ms | {peer}: {theirs:,.0f} ms | {ratio:.2f} | {rss} MiB | {goal} | {verdict} |")
PY
}

bench "user show (1 of $users)" ms:30 "$runs" \
  "$roster --db $db -q user show user$middle@example.com" \
  "sqlite3 SELECT" "sqlite3 $db \"SELECT * FROM users WHERE email_key = 'user$middle@example.com'\""

bench "user block ONE" ms:30 "$runs" \
  "$roster --db $db -q user block user$middle@example.com" \
  "sqlite3 UPDATE" "sqlite3 $db \"UPDATE users SET status = 'blocked' WHERE email_key = 'user$middle@example.com'\"" \
  "sqlite3 $db \"UPDATE users SET status = 'active', blocked_reason = NULL WHERE email_key = 'user$middle@example.com'\""

bench "user list --match" ms:30 "$runs" \
  "$roster --db $db -q user list --match smith$middle" \
  "sqlite3 LIKE" "sqlite3 $db \"SELECT id FROM users WHERE search_text LIKE '%smith$middle%'\""

bench "block $tenth of $users by selector" ratio:2 "$heavy_runs" \
  "$roster --db $db -q user block --status active --created-before $cutoff" \
  "sqlite3 UPDATE" "sqlite3 $db \"UPDATE users SET status = 'blocked', blocked_reason = NULL, blocked_until = NULL, updated_at = '2026-01-01T00:00:00Z' WHERE status = 'active' AND created_at < '$cutoff'\"" \
  "$reset_store"

# Memory in table format, stdout a pipe (hyperfine's, and /dev/null for the
# RSS run): the table streams, with the first page's column widths.
bench "block all $users, table in a pipe" info,rss:64 1 \
  "$roster --db $db user block --all" \
  "sqlite3 UPDATE" "sqlite3 $db \"UPDATE users SET status = 'blocked', blocked_reason = NULL, blocked_until = NULL, updated_at = '2026-01-01T00:00:00Z' WHERE status = 'active'\"" \
  "$reset_store"

bench "import $users, table in a pipe" info,rss:64 1 \
  "ROSTER_DB=$work/new.db $roster user import $work/import-large.csv" \
  "sqlite3 .import" "sqlite3 $work/peer.db \".import --csv --skip 1 $work/import-large.csv users\"" \
  "$fresh_store" "$(fresh_peer search)"

bench "export $users to CSV" ratio:1.25,rss:64 "$heavy_runs" \
  "$roster --db $seed user export --output $work/out.csv" \
  "sqlite3 -csv" "sqlite3 $seed < $work/export.sql > $work/peer-out.csv" \
  "rm -f $work/out.csv"

bench "import $small (no passwords)" ratio:2,rss:64 "$heavy_runs" \
  "ROSTER_DB=$work/new.db $roster -q user import $work/import-small.csv" \
  "sqlite3 .import" "sqlite3 $work/peer.db \".import --csv --skip 1 $work/import-small.csv users\"" \
  "$fresh_store" "$(fresh_peer search)"

bench "import $small, bare table" info "$heavy_runs" \
  "ROSTER_DB=$work/new.db $roster -q user import $work/import-small.csv" \
  "sqlite3 .import, no search index" "sqlite3 $work/peer.db \".import --csv --skip 1 $work/import-small.csv users\"" \
  "$fresh_store" "$(fresh_peer bare)"

bench "import $users (no passwords)" ratio:2,rss:64 1 \
  "ROSTER_DB=$work/new.db $roster -q user import $work/import-large.csv" \
  "sqlite3 .import" "sqlite3 $work/peer.db \".import --csv --skip 1 $work/import-large.csv users\"" \
  "$fresh_store" "$(fresh_peer search)"

bench "import $users, bare table" info 1 \
  "ROSTER_DB=$work/new.db $roster -q user import $work/import-large.csv" \
  "sqlite3 .import, no search index" "sqlite3 $work/peer.db \".import --csv --skip 1 $work/import-large.csv users\"" \
  "$fresh_store" "$(fresh_peer bare)"

bench "create $hashed with generated passwords" "rate:105:$hashed" 1 \
  "ROSTER_DB=$work/new.db $roster -q user import $work/hashed.csv --generate-password --credentials-file $work/creds.csv" \
  "argon2-cffi, $(nproc) processes" "$venv/bin/python $work/hash_peer.py $hashed" \
  "$fresh_store; rm -f $work/creds.csv" ""

# The same lines on PostgreSQL 15 (a throwaway cluster of .ci/pg, Unix socket,
# fsync on), against `psql` doing the same work on the same database.
# BENCH_POSTGRES=0 leaves them out.
if [ "${BENCH_POSTGRES:-1}" = 1 ]; then
  # Under target/, not the private work directory: the server runs as the
  # `postgres` account when this runs as root.
  pgdir="$PWD/target/bench-pg"
  rm -rf "$pgdir"
  sock=$(PG_FAST=0 .ci/pg start "$pgdir")
  trap '.ci/pg stop "$pgdir"; rm -rf "$work" "$pgdir"' EXIT
  pgurl() { echo "postgresql://postgres@${sock//\//%2F}/$1"; }
  pq="psql -h $sock -U postgres -X -q"
  echo "copying the seed store to PostgreSQL..." >&2
  $pq -d postgres -c "CREATE DATABASE seed" > /dev/null
  "$roster" -q db copy "$seed" "$(pgurl seed)" > /dev/null
  $pq -d seed -c "VACUUM ANALYZE" > /dev/null
  pg_fresh_bench="$pq -d postgres -c 'DROP DATABASE IF EXISTS bench WITH (FORCE)' -c 'CREATE DATABASE bench TEMPLATE seed' > /dev/null"
  sh -c "$pg_fresh_bench"
  pg_new="$pq -d postgres -c 'DROP DATABASE IF EXISTS new WITH (FORCE)' -c 'CREATE DATABASE new' > /dev/null && $roster --db $(pgurl new) db migrate > /dev/null 2>&1"
  pg_peer="$pq -d postgres -c 'DROP DATABASE IF EXISTS peer WITH (FORCE)' -c 'CREATE DATABASE peer' > /dev/null && $pq -d peer -f $work/pg-peer.sql > /dev/null"
  cat > "$work/pg-peer.sql" <<'SQL'
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE users (email TEXT NOT NULL, first_name TEXT, last_name TEXT, phone TEXT,
                    company TEXT, city TEXT, status TEXT NOT NULL,
                    search_text TEXT GENERATED ALWAYS AS (lower(
                      email || E'\n' || coalesce(first_name, '') || E'\n' ||
                      coalesce(last_name, '') || E'\n' || coalesce(company, '') || E'\n' ||
                      coalesce(city, '') || E'\n' || coalesce(phone, ''))) STORED);
CREATE UNIQUE INDEX users_email ON users (lower(email));
CREATE INDEX users_status ON users (status);
CREATE INDEX users_search ON users USING gin (search_text gin_trgm_ops);
SQL
  cat > "$work/pg-export.sql" <<'SQL'
\copy (SELECT u.id, u.email, u.username, u.first_name, u.middle_name, u.last_name, u.phone, u.company, u.address, u.city, u.region, u.postal_code, u.country, u.title, u.employee_id, u.accounting_id, u.comment, (SELECT string_agg(r.role, ';') FROM user_roles r WHERE r.user_id = u.id), (SELECT string_agg(g.kind || ':' || d.display_name, ';') FROM user_groups g JOIN groups d ON d.kind = g.kind AND d.name = g.name WHERE g.user_id = u.id), (SELECT string_agg(p.permission, ';') FROM user_permissions p WHERE p.user_id = u.id), u.status, u.created_at, u.updated_at, u.last_login_at, u.password_changed_at, u.must_change_password, u.invited_at, u.invite_expires_at, u.blocked_reason, u.blocked_until, u.failed_logins, u.locked_until, u.onboarding_requested_at, (SELECT json_object_agg(a.key, a.value) FROM user_attributes a WHERE a.user_id = u.id) FROM users u ORDER BY u.id) TO STDOUT WITH (FORMAT csv, HEADER)
SQL
  bench "pg: user show (1 of $users)" ms:30 "$runs" \
    "$roster --db $(pgurl bench) -q user show user$middle@example.com" \
    "psql SELECT" "$pq -d bench -c \"SELECT * FROM users WHERE email_key = 'user$middle@example.com'\""

  bench "pg: user block ONE" ms:30 "$runs" \
    "$roster --db $(pgurl bench) -q user block user$middle@example.com" \
    "psql UPDATE" "$pq -d bench -c \"UPDATE users SET status = 'blocked' WHERE email_key = 'user$middle@example.com'\"" \
    "$pq -d bench -c \"UPDATE users SET status = 'active', blocked_reason = NULL WHERE email_key = 'user$middle@example.com'\""

  bench "pg: user list --match" ms:30 "$runs" \
    "$roster --db $(pgurl bench) -q user list --match smith$middle" \
    "psql LIKE" "$pq -d bench -c \"SELECT id FROM users WHERE search_text LIKE '%smith$middle%'\""

  bench "pg: block $tenth of $users by selector" ratio:2 "$heavy_runs" \
    "$roster --db $(pgurl bench) -q user block --status active --created-before $cutoff" \
    "psql UPDATE" "$pq -d bench -c \"UPDATE users SET status = 'blocked', blocked_reason = NULL, blocked_until = NULL, updated_at = '2026-01-01T00:00:00Z' WHERE status = 'active' AND created_at < '$cutoff'\"" \
    "$pg_fresh_bench"

  bench "pg: export $users to CSV" ratio:1.25,rss:64 "$heavy_runs" \
    "$roster --db $(pgurl seed) user export --output $work/out.csv" \
    "psql COPY" "$pq -d seed -f $work/pg-export.sql > $work/peer-out.csv" \
    "rm -f $work/out.csv"

  bench "pg: import $small (no passwords)" ratio:2,rss:64 "$heavy_runs" \
    "$roster --db $(pgurl new) -q user import $work/import-small.csv" \
    "psql COPY" "$pq -d peer -c \"\\copy users (email, first_name, last_name, phone, company, city, status) FROM '$work/import-small.csv' WITH (FORMAT csv, HEADER)\"" \
    "$pg_new" "$pg_peer"
fi

echo
echo "roster benchmarks: $users users, $runs runs ($heavy_runs for bulk work, 1 at $users), $(nproc) cores, $(uname -m), $(sqlite3 --version | cut -d' ' -f1-2), $(date -u +%Y-%m-%d)"
echo
echo "| work | roster | peer | ratio | roster peak RSS | target | |"
echo "|---|---|---|---|---|---|---|"
cat "$results"
