#!/usr/bin/env bash
# roster's benchmarks: every line of SPEC §11, each timed with hyperfine next to
# its peer doing the same work in the same run, printed as a ratio (or an
# absolute figure where the target is absolute), with roster's peak RSS.
#
#   bench/run.sh                         # 1,000,000 users (about 30 minutes)
#   BENCH_POSTGRES=0 bench/run.sh        # without the PostgreSQL lines
#   BENCH_SQLITE=0 BENCH_POSTGRES=0 bench/run.sh   # the server's lines only
#   BENCH_REMOTE=0 bench/run.sh          # without the command line through a server
#   BENCH_USERS=100000 BENCH_RUNS=3 bench/run.sh
#
# Needs a Rust toolchain; installs sqlite3, hyperfine and GNU time with apt-get
# when they are missing. Not run by CI: timings belong here, not in tests. docs/performance.md
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
[ "${BENCH_SERVE:-1}" = 1 ] && { command -v wrk >/dev/null || missing+=(wrk); }
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench: installing ${missing[*]}" >&2
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq "${missing[@]}" >/dev/null; fi
fi
cargo build --release --quiet
# The hashing peer (bench/argon2_peer.rs): the argon2 crate's own loop.
cargo build --release --quiet --example argon2_peer --example block_peer
roster="$PWD/target/release/roster"
argon2_peer="$PWD/target/release/examples/argon2_peer"
block_peer="$PWD/target/release/examples/block_peer"
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
# A file that changes one field (the title, which `--match` does not search)
# of each of the first $updated users of the store.
updated=$(( users < 100000 ? users : 100000 ))
python3 - "$updated" "$work/update.csv" <<'PY'
import csv, sys
count, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["email", "title"])
    for i in range(1, count + 1):
        w.writerow([f"user{i}@example.com", f"Engineer {i % 50}"])
PY

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
# The least a peer must do to offer the same search: `.import` into the bare
# table, then the same trigram index built in one statement after the load.
{ peer_schema no; cat <<'SQL'
CREATE VIRTUAL TABLE users_search USING fts5(search_text, tokenize = 'trigram', detail = 'none');
SQL
} > "$work/peer-after.sql"
fts_after() {
  cat <<SQL
.import --csv --skip 1 $1 users
INSERT INTO users_search (rowid, search_text) SELECT rowid, lower(
  email || char(10) || coalesce(first_name, '') || char(10) ||
  coalesce(last_name, '') || char(10) || coalesce(company, '') || char(10) ||
  coalesce(city, '') || char(10) || coalesce(phone, '')) FROM users;
SQL
}
fts_after "$work/import-small.csv" > "$work/import-small-after.sql"
fts_after "$work/import-large.csv" > "$work/import-large-after.sql"
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

# The update peer: the file loaded into a temporary table (timed), then one
# `UPDATE … FROM` of the same rows in roster's own store (the same indexes).
cat > "$work/update.sql" <<SQL
CREATE TEMP TABLE upd (email TEXT, title TEXT);
.import --csv --skip 1 $work/update.csv upd
BEGIN;
UPDATE users SET title = upd.title, updated_at = '2026-01-01T00:00:00Z'
FROM temp.upd WHERE users.email_key = upd.email;
COMMIT;
SQL

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
# (COUNT items at >= N a second), "share:P:COUNT" (COUNT items at >= P% of the
# peer's rate), "info" (no target), and ",rss:M" after any of them (peak RSS
# <= M MiB).
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
elif kind == "share":
    rate, peer_rate = int(value[1]) / (ours / 1000), int(value[1]) / (theirs / 1000)
    ok = rate >= float(value[0]) / 100 * peer_rate
    goal = f">= {value[0]}% of the peer's rate ({rate:.0f}/s, {rate / peer_rate:.0%} of {peer_rate:.0f}/s)"
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

# The SQLite lines; BENCH_SQLITE=0 leaves them out (a look at the server
# alone).
if [ "${BENCH_SQLITE:-1}" = 1 ]; then
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

bench "import $small, bare table + search index built after" ratio:1.5,rss:64 "$heavy_runs" \
  "ROSTER_DB=$work/new.db $roster -q user import $work/import-small.csv" \
  "sqlite3 .import, then FTS5 in one INSERT" "sqlite3 $work/peer.db < $work/import-small-after.sql" \
  "$fresh_store" "$(fresh_peer after)"

bench "import $users (no passwords)" ratio:2,rss:64 1 \
  "ROSTER_DB=$work/new.db $roster -q user import $work/import-large.csv" \
  "sqlite3 .import" "sqlite3 $work/peer.db \".import --csv --skip 1 $work/import-large.csv users\"" \
  "$fresh_store" "$(fresh_peer search)"

bench "import $users, bare table" info 1 \
  "ROSTER_DB=$work/new.db $roster -q user import $work/import-large.csv" \
  "sqlite3 .import, no search index" "sqlite3 $work/peer.db \".import --csv --skip 1 $work/import-large.csv users\"" \
  "$fresh_store" "$(fresh_peer bare)"

bench "import $users, bare table + search index built after" ratio:1.5,rss:64 1 \
  "ROSTER_DB=$work/new.db $roster -q user import $work/import-large.csv" \
  "sqlite3 .import, then FTS5 in one INSERT" "sqlite3 $work/peer.db < $work/import-large-after.sql" \
  "$fresh_store" "$(fresh_peer after)"

bench "create $hashed with generated passwords" "share:90:$hashed" "$heavy_runs" \
  "ROSTER_DB=$work/new.db $roster -q user import $work/hashed.csv --generate-password --credentials-file $work/creds.csv" \
  "argon2 crate, $(nproc) threads" "$argon2_peer $hashed" \
  "$fresh_store; rm -f $work/creds.csv" ""

bench "import --on-conflict update, $updated of $users" ratio:3 "$heavy_runs" \
  "ROSTER_DB=$db $roster -q user import $work/update.csv --on-conflict update" \
  "sqlite3 UPDATE … FROM" "sqlite3 $work/peer.db < $work/update.sql" \
  "$reset_store" "rm -f $work/peer.db*; cp $seed $work/peer.db"

fi

# The command line through a server (SPEC §12) against the same command on
# a store: a server on a copy of the seed store (and one on a store of one
# manager, for the import), the client over loopback with an API token of
# scope admin; the local peer on its own copy, reset the same way between
# runs. BENCH_REMOTE=0 leaves them out.
if [ "${BENCH_REMOTE:-1}" = 1 ]; then
  echo "bench: through the server" >&2
  rdb="$work/remote.db" ldb="$work/local.db" idb="$work/remote-import.db" ildb="$work/local-import.db"
  cp "$seed" "$rdb"; cp "$seed" "$ldb"
  rm -f "$idb"* "$ildb"*
  for store in "$rdb" "$idb"; do
    ROSTER_DB=$store "$roster" -q role create boss --permission users.read --permission users.block \
      --permission users.unblock --permission users.manage > /dev/null
    ROSTER_DB=$store "$roster" -q user create boss@example.com --no-invite --role boss > /dev/null
  done
  ROSTER_DB=$ildb "$roster" db migrate > /dev/null 2>&1
  rtok=$(ROSTER_DB=$rdb "$roster" token create bench --user boss@example.com --scope admin 2> /dev/null)
  itok=$(ROSTER_DB=$idb "$roster" token create bench --user boss@example.com --scope admin 2> /dev/null)
  ROSTER_DB=$rdb "$roster" serve --listen 127.0.0.1:0 2> "$work/remote.log" &
  rpid=$!
  ROSTER_DB=$idb "$roster" serve --listen 127.0.0.1:0 2> "$work/remote-import.log" &
  ipid=$!
  for _ in $(seq 1 100); do grep -q 'listening on' "$work/remote.log" && grep -q 'listening on' "$work/remote-import.log" && break; sleep 0.1; done
  rurl=$(sed -n 's/^roster serve: listening on //p' "$work/remote.log" | head -1)
  iurl=$(sed -n 's/^roster serve: listening on //p' "$work/remote-import.log" | head -1)
  through="ROSTER_SERVER=$rurl ROSTER_TOKEN=$rtok $roster"
  unblock() { echo "sqlite3 $1 \"UPDATE users SET status = 'active', blocked_reason = NULL, blocked_until = NULL WHERE status = 'blocked'\""; }
  unimport() { echo "sqlite3 $1 \"DELETE FROM users WHERE email <> 'boss@example.com'\""; }

  bench "through the server: user show (1 of $users)" ms:30 "$runs" \
    "$through -q user show user$middle@example.com" \
    "the same, on the store" "$roster --db $ldb -q user show user$middle@example.com"

  bench "through the server: user block ONE" ms:30 "$runs" \
    "$through -q user block user$middle@example.com" \
    "the same, on the store" "$roster --db $ldb -q user block user$middle@example.com" \
    "$(unblock "$rdb")" "$(unblock "$ldb")"

  bench "through the server: block $tenth of $users by selector" ratio:1.25 "$heavy_runs" \
    "$through -q user block --status active --created-before $cutoff" \
    "the same, on the store" "$roster --db $ldb -q user block --status active --created-before $cutoff" \
    "$(unblock "$rdb")" "$(unblock "$ldb")"

  bench "through the server: export $users to CSV" ratio:1.25 "$heavy_runs" \
    "$through user export --all --output $work/remote-out.csv" \
    "the same, on the store" "$roster --db $ldb user export --all --output $work/local-out.csv" \
    "rm -f $work/remote-out.csv" "rm -f $work/local-out.csv"

  bench "through the server: import $small (no passwords)" ratio:1.25 "$heavy_runs" \
    "ROSTER_SERVER=$iurl ROSTER_TOKEN=$itok $roster -q user import $work/import-small.csv" \
    "the same, on the store" "$roster --db $ildb -q user import $work/import-small.csv" \
    "$(unimport "$idb")" "$(unimport "$ildb")"

  kill "$rpid" "$ipid"; wait "$rpid" "$ipid" 2> /dev/null || true
fi

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
  # The import peer's table: roster's users table, its columns and its
  # indexes (the id, the email key, the username key, status, both times, the
  # trigram search index), with what roster computes itself (the id, the email
  # key, the times, the search text) left to defaults and generated columns.
  cat > "$work/pg-peer.sql" <<'SQL'
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE users (
  seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE DEFAULT gen_random_uuid()::text,
  email TEXT NOT NULL,
  email_key TEXT NOT NULL UNIQUE GENERATED ALWAYS AS (lower(email)) STORED,
  username TEXT, username_key TEXT UNIQUE,
  first_name TEXT, middle_name TEXT, last_name TEXT, phone TEXT, company TEXT, address TEXT,
  city TEXT, region TEXT, postal_code TEXT, country TEXT, title TEXT, employee_id TEXT,
  accounting_id TEXT, comment TEXT,
  status TEXT NOT NULL CHECK (status IN
    ('invited', 'invitation_revoked', 'active', 'blocked', 'archived')),
  previous_status TEXT, password_hash TEXT,
  must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  updated_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
  last_login_at TEXT, password_changed_at TEXT, invited_at TEXT, invite_expires_at TEXT,
  blocked_reason TEXT, blocked_until TEXT, failed_logins BIGINT NOT NULL DEFAULT 0,
  locked_until TEXT, onboarding_requested_at TEXT,
  search_text TEXT GENERATED ALWAYS AS (lower(
    email || E'\n' || coalesce(first_name, '') || E'\n' || coalesce(last_name, '') || E'\n' ||
    coalesce(company, '') || E'\n' || coalesce(city, '') || E'\n' || coalesce(phone, ''))) STORED);
CREATE INDEX users_status ON users (status);
CREATE INDEX users_created_at ON users (created_at);
CREATE INDEX users_updated_at ON users (updated_at);
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
    "psql \\copy, same indexes" "$pq -d peer -c \"\\copy users (email, first_name, last_name, phone, company, city, status) FROM '$work/import-small.csv' WITH (FORMAT csv, HEADER)\"" \
    "$pg_new" "$pg_peer"

  bench "pg: import $users (no passwords)" ratio:2,rss:64 1 \
    "$roster --db $(pgurl new) -q user import $work/import-large.csv" \
    "psql \\copy, same indexes" "$pq -d peer -c \"\\copy users (email, first_name, last_name, phone, company, city, status) FROM '$work/import-large.csv' WITH (FORMAT csv, HEADER)\"" \
    "$pg_new" "$pg_peer"
fi

# roster serve (SPEC §12), on a copy of the seed store, with wrk at 32
# connections: a session check against the same server's /healthz (which
# also asks the store: the framework's and the pool's own limit), and
# sign-ins against raw argon2 on every core (the hashing peer above, run
# here). The server's RSS is read before and after. BENCH_SERVE=0 leaves
# them out; BENCH_SERVE_SECONDS sets each run's length (10).
if [ "${BENCH_SERVE:-1}" = 1 ]; then
  echo "bench: serve" >&2
  secs=${BENCH_SERVE_SECONDS:-10}
  sdb="$work/serve.db"
  cp "$seed" "$sdb"
  pw='correct horse battery staple 42'
  ROSTER_DB=$sdb "$roster" -q role create svc --permission users.read > /dev/null
  ROSTER_DB=$sdb "$roster" -q user create svc@example.com --no-invite --role svc > /dev/null
  for i in $(seq 1 64); do
    printf '%s' "$pw" | ROSTER_DB=$sdb "$roster" -q user create "signin$i@example.com" --password-stdin --no-must-change > /dev/null
  done
  # Invitations for the page line, their mail written as files.
  pages_out="$work/pages-outbox"
  for i in $(seq 1 30); do
    ROSTER_DB=$sdb ROSTER_MAIL_TRANSPORT="file:$pages_out" "$roster" -q user create "invited$i@example.com" > /dev/null
  done
  tok=$(ROSTER_DB=$sdb "$roster" token create bench --user svc@example.com --scope auth 2> /dev/null)
  stok=$(ROSTER_DB=$sdb "$roster" token create scim --user svc@example.com --scope scim 2> /dev/null)
  ROSTER_DB=$sdb "$roster" -q role create provisioner --permission users.read \
    --permission users.manage --permission users.block > /dev/null
  ROSTER_DB=$sdb "$roster" -q user create prov@example.com --no-invite --role provisioner > /dev/null
  ptok=$(ROSTER_DB=$sdb "$roster" token create prov --user prov@example.com --scope scim 2> /dev/null)
  ROSTER_DB=$sdb ROSTER_SERVE_SIGN_IN_LIMIT=100000000 ROSTER_SERVE_PAGE_LIMIT=100000000 \
    ROSTER_MAIL_TRANSPORT="file:$pages_out" "$roster" serve --listen 127.0.0.1:0 2> "$work/serve.log" &
  spid=$!
  for _ in $(seq 1 100); do grep -q 'listening on' "$work/serve.log" && break; sleep 0.1; done
  base=$(sed -n 's/^roster serve: listening on //p' "$work/serve.log" | head -1)
  sess=$(curl -s "$base/v1/auth/login" -H "Authorization: Bearer $tok" -H 'Content-Type: application/json' \
    -d "{\"user\":\"signin1@example.com\",\"password\":\"$pw\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
  cat > "$work/check.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"token":"$sess"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $tok"
LUA
  cat > "$work/login.lua" <<LUA
local n = 0
request = function()
  n = n % 64 + 1
  return wrk.format("POST", "/v1/auth/login",
    {["Content-Type"] = "application/json", ["Authorization"] = "Bearer $tok"},
    '{"user":"signin' .. n .. '@example.com","password":"$pw"}')
end
LUA
  rss_before=$(( $(ps -o rss= -p "$spid") / 1024 ))
  wrk -t2 -c32 -d"${secs}s" --latency "$base/healthz" > "$work/wrk-health.txt"
  wrk -t2 -c32 -d"${secs}s" --latency -s "$work/check.lua" "$base/v1/sessions/check" > "$work/wrk-check.txt"
  # What an identity provider sends before each create (SPEC §13).
  wrk -t2 -c32 -d"${secs}s" --latency -H "Authorization: Bearer $stok" \
    "$base/scim/v2/Users?filter=userName%20eq%20%22user$middle%40example.com%22" > "$work/wrk-scim.txt"
  # Deactivations over SCIM one after another (Okta's PATCH), against
  # `user block` of as many users one by one through the library call the
  # command line makes (bench/block_peer.rs), on the same store.
  deact=${BENCH_SCIM_DEACTIVATIONS:-1000}
  "$block_peer" "$sdb" 1 "$deact" > "$work/block-peer.txt"
  SCIM_TOKEN=$ptok python3 bench/scim_patch.py "$base" $((deact + 1)) "$deact" > "$work/scim-patch.txt"
  # The hashing peer runs right before and right after the sign-ins, for
  # about as long in all, so that a machine whose speed drifts is measured
  # the same way for both.
  # (About 50 hashes a second a core with roster's parameters.)
  peer_hashes=$(( secs * 50 * $(nproc) ))
  peer_start=$(date +%s.%N)
  "$argon2_peer" $(( peer_hashes / 2 )) > /dev/null
  peer_mid=$(date +%s.%N)
  # Twice as many sign-ins in flight as cores: with one a core, a core
  # idles while its request crosses the network and its session is
  # written; the peer's threads never wait on either.
  wrk -t2 -c"$(( 2 * $(nproc) ))" -d"${secs}s" --latency -s "$work/login.lua" "$base/v1/auth/login" > "$work/wrk-login.txt"
  peer_resume=$(date +%s.%N)
  "$argon2_peer" $(( peer_hashes / 2 )) > /dev/null
  peer_end=$(date +%s.%N)
  peer_secs=$(python3 -c "print($peer_mid - $peer_start + $peer_end - $peer_resume)")
  rss_after=$(( $(ps -o rss= -p "$spid") / 1024 ))
  # The invitation page, one person after another, against one hash on
  # one core (what a submit must do).
  read -r page_render page_submit page_count < <(python3 bench/pages.py "$base" "$pages_out")
  one_start=$(date +%s.%N)
  taskset -c 0 "$argon2_peer" 20 > /dev/null
  one_end=$(date +%s.%N)
  # Memory over a longer run of session checks (BENCH_SERVE_SOAK seconds,
  # 60): RSS every 10 s.
  soak=${BENCH_SERVE_SOAK:-60}
  wrk -t2 -c32 -d"${soak}s" --latency -s "$work/check.lua" "$base/v1/sessions/check" > "$work/wrk-soak.txt" &
  wpid=$!
  soak_rss=()
  for _ in $(seq 1 $(( soak / 10 ))); do
    sleep 10
    soak_rss+=($(( $(ps -o rss= -p "$spid") / 1024 )))
  done
  wait "$wpid" || true
  kill -TERM "$spid"; wait "$spid" || true
  python3 - "$work" "$rss_before" "$rss_after" "$(( peer_hashes / 2 * 2 ))" 0 "$peer_secs" \
    "$page_render" "$page_submit" "$page_count" "$one_start" "$one_end" "$soak" "${soak_rss[*]}" \
    "$deact" "$(cat "$work/scim-patch.txt")" "$(cat "$work/block-peer.txt")" >> "$results" <<'PY'
import os, re, sys
work, before, after = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
peer_rate = int(sys.argv[4]) / (float(sys.argv[6]) - float(sys.argv[5]))
render, submit, pages = float(sys.argv[7]), float(sys.argv[8]), int(sys.argv[9])
one_hash = (float(sys.argv[11]) - float(sys.argv[10])) / 20 * 1000
soak, soak_rss = int(sys.argv[12]), [int(x) for x in sys.argv[13].split()]
deact, patch_secs, block_secs = int(sys.argv[14]), float(sys.argv[15]), float(sys.argv[16])
def read(name):
    text = open(f"{work}/wrk-{name}.txt").read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    value, unit = re.search(r"99%\s+([\d.]+)(us|ms|s)", text).groups()
    p99 = float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return rps, p99, int(bad.group(1)) if bad else 0
h_rps, h_p99, h_bad = read("health")
c_rps, c_p99, c_bad = read("check")
l_rps, l_p99, l_bad = read("login")
ratio = c_rps / h_rps
ok = ratio >= 0.5 and c_bad == 0 and h_bad == 0
print(f"| serve: POST /v1/sessions/check, 32 connections | {c_rps:,.0f} req/s, p99 {c_p99:.1f} ms | /healthz: {h_rps:,.0f} req/s, p99 {h_p99:.1f} ms | {ratio:.2f} | {before}→{after} MiB | >= 0.5x /healthz | {'ok' if ok else 'MISSED'} |")
g_rps, g_p99, g_bad = read("scim")
ratio = g_rps / h_rps
ok = ratio >= 0.5 and g_bad == 0 and h_bad == 0
print(f"| serve: GET /scim/v2/Users?filter=userName eq, 32 connections | {g_rps:,.0f} req/s, p99 {g_p99:.1f} ms | /healthz: {h_rps:,.0f} req/s | {ratio:.2f} | | >= 0.5x /healthz | {'ok' if ok else 'MISSED'} |")
ratio = patch_secs / block_secs
print(f"| serve: SCIM PATCH active false, {deact:,} one after another | {patch_secs:.2f} s | user block one by one, library: {block_secs:.2f} s | {ratio:.2f} | | <= 2x | {'ok' if ratio <= 2 else 'MISSED'} |")
ratio = l_rps / peer_rate
ok = ratio >= 0.9 and l_bad == 0
print(f"| serve: POST /v1/auth/login, {2 * len(os.sched_getaffinity(0))} connections | {l_rps:,.1f} sign-ins/s, p99 {l_p99:.0f} ms | raw argon2, all cores: {peer_rate:,.1f}/s | {ratio:.2f} | {after} MiB | >= 0.9x raw argon2 | {'ok' if ok else 'MISSED'} |")
for what, ms in (("render", render), ("submit", submit)):
    ratio = ms / one_hash
    print(f"| serve: invitation page, {what} (median of {pages}) | {ms:.1f} ms | one argon2 hash, one core: {one_hash:.1f} ms | {ratio:.2f} | | <= 2x the hash | {'ok' if ratio <= 2 else 'MISSED'} |")
s_rps, _, s_bad = read("soak")
flat = bool(soak_rss) and soak_rss[-1] <= soak_rss[0] * 1.1 + 2 and s_bad == 0
shown = "→".join(str(r) for r in soak_rss)
print(f"| serve: memory over {soak} s of session checks, 32 connections | {s_rps:,.0f} req/s | | | {shown} MiB (every 10 s) | flat | {'ok' if flat else 'MISSED'} |")
PY
fi

echo
echo "roster benchmarks: $users users, $runs runs ($heavy_runs for bulk work, 1 at $users), $(nproc) cores, $(uname -m), $(sqlite3 --version | cut -d' ' -f1-2), $(date -u +%Y-%m-%d)"
echo
echo "| work | roster | peer | ratio | roster peak RSS | target | |"
echo "|---|---|---|---|---|---|---|"
cat "$results"
