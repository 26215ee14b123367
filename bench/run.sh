#!/usr/bin/env bash
# roster's benchmarks (SPEC §11) that today's commands can run. Each is timed with
# hyperfine next to sqlite3 doing the same work on the same store in the same run,
# and printed as a ratio, with the absolute time where the target is absolute.
#
#   bench/run.sh                 # 1,000,000 users
#   BENCH_USERS=100000 bench/run.sh
#
# Needs: a release build (built here), sqlite3 and hyperfine (apt-get install
# sqlite3 hyperfine), python3. Not run by CI: timings belong here, not in tests.
set -euo pipefail
cd "$(dirname "$0")/.."

users=${BENCH_USERS:-1000000}
runs=${BENCH_RUNS:-10}
for tool in sqlite3 hyperfine python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is needed (apt-get install $tool)" >&2; exit 2; }
done
cargo build --release --quiet
roster="$PWD/target/release/roster"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
seed="$work/seed.db"
db="$work/roster.db"

echo "seeding $users users..." >&2
ROSTER_DB="$seed" "$roster" db migrate 2>/dev/null
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
export ROSTER_DB="$db" ROSTER_YES=1 USER=bench

# bench NAME TARGET ROSTER_CMD SQLITE_CMD [PREPARE]
# TARGET is "ratio:X" (roster ≤ X × sqlite3) or "ms:N" (roster ≤ N ms).
results="$work/results.txt"
bench() {
  local name=$1 target=$2 ours=$3 theirs=$4 prepare=${5:-}
  local args=(-N --warmup 2 --runs "$runs" --export-json "$work/$name.json")
  if [ -n "$prepare" ]; then args+=(--prepare "$prepare"); fi
  hyperfine "${args[@]}" -n roster "$ours" -n sqlite3 "$theirs" >/dev/null
  python3 - "$work/$name.json" "$name" "$target" >> "$results" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))["results"]
ours, theirs = (r["mean"] * 1000 for r in data)
kind, value = sys.argv[3].split(":")
ratio = ours / theirs
ok = ratio <= float(value) if kind == "ratio" else ours <= float(value)
goal = f"<= {value}x sqlite3" if kind == "ratio" else f"<= {value} ms"
print(f"{sys.argv[2]:<28} roster {ours:8.1f} ms   sqlite3 {theirs:8.1f} ms   ratio {ratio:5.2f}   target {goal:<16} {'ok' if ok else 'MISSED'}")
PY
}

bench "user-show" ms:30 \
  "$roster -q user show user$middle@example.com" \
  "sqlite3 $db \"SELECT * FROM users WHERE email_key = 'user$middle@example.com'\""

bench "user-block-one" ms:30 \
  "$roster -q user block user$middle@example.com" \
  "sqlite3 $db \"UPDATE users SET status = 'blocked' WHERE email_key = 'user$middle@example.com'\"" \
  "sqlite3 $db \"UPDATE users SET status = 'active' WHERE email_key = 'user$middle@example.com'\""

bench "user-list-match" ms:30 \
  "$roster -q user list --match smith$middle" \
  "sqlite3 $db \"SELECT id FROM users WHERE search_text LIKE '%smith$middle%'\""

bench "block-10pct-by-selector" ratio:2 \
  "$roster -q user block --status active --created-before $cutoff" \
  "sqlite3 $db \"UPDATE users SET status = 'blocked' WHERE status = 'active' AND created_at < '$cutoff'\"" \
  "sh -c 'rm -f $db-wal $db-shm; cp $seed $db'"

echo
echo "roster benchmarks, $users users, $runs runs each, $(nproc) cores"
cat "$results"
