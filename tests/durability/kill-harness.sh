#!/usr/bin/env bash
# Durability harness: runs the headless counter (`passdesk-cli scan --source demo --loop --db`), which
# prints each verdict only after its visit is committed, kills it with SIGKILL at a random moment, and
# checks that every visit it reported as logged is in the database, that the file passes SQLite's
# integrity check and that the hash chain verifies. Repeats N times on the same database.
#   tests/durability/kill-harness.sh PATH/TO/passdesk-cli [N=200] [SEED=1]
# The kill window adapts to the machine: a first run measures how long the scanner takes to log its
# first visit (T); kills then land between T/2 (before the first commit) and T + 1 s (mid-stream).
set -uo pipefail
cli=$1
kills=${2:-200}
RANDOM=${3:-1}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/visits.db
reported=$work/reported.txt
: > "$reported"
lost=0
bad=0
early=0
# Calibrate on a throw-away log.
start=$(date +%s%N)
"$cli" scan --source demo --loop --repeat-window-ms 0 --json --db "$work/calibrate.db" > "$work/cal.txt" 2>/dev/null &
pid=$!
for ((w = 0; w < 600; w++)); do
    grep -q '"logged"' "$work/cal.txt" && break
    sleep 0.05
done
first_ms=$(( ($(date +%s%N) - start) / 1000000 ))
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
min_ms=$((first_ms / 2))
max_ms=$((first_ms + 1000))
echo "first visit logged after ${first_ms} ms; killing between ${min_ms} and ${max_ms} ms"
for ((i = 1; i <= kills; i++)); do
    "$cli" scan --source demo --loop --repeat-window-ms 0 --json --db "$db" > "$work/out.txt" 2> "$work/err.txt" &
    pid=$!
    # Sometimes before the first commit, usually mid-stream.
    delay=$((min_ms + RANDOM % (max_ms - min_ms)))
    sleep "$((delay / 1000)).$(printf '%03d' $((delay % 1000)))"
    kill -9 "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    # Only complete lines count as reported: a line cut by the kill was never shown.
    grep -o '"logged":[0-9]*' "$work/out.txt" | cut -d: -f2 >> "$reported"
    # A kill before the scanner opened its log leaves no database; that is fine only while nothing
    # has been reported as logged (log verify refuses a missing log, as a read-only command must).
    if [ ! -e "$db" ] && [ ! -s "$reported" ]; then
        early=$((early + 1))
        continue
    fi
    if ! "$cli" log verify --db "$db" > "$work/verify.txt" 2>&1; then
        echo "kill $i: log verify failed: $(cat "$work/verify.txt")"
        bad=$((bad + 1))
    fi
done
# Every reported id must be present.
present=$work/present.txt
for day in $(date +%F) $(date -d yesterday +%F); do
    "$cli" log list --json --date "$day" --db "$db" | grep -o '"id":[0-9]*' | cut -d: -f2
done | sort -n -u > "$present"
sort -n -u "$reported" > "$work/reported-sorted.txt"
lost=$(grep -c -F -x -v -f "$present" "$work/reported-sorted.txt")
total=$(wc -l < "$work/reported-sorted.txt")
rows=$(wc -l < "$present")
echo "kills: $kills, visits reported as logged: $total, rows in the log: $rows, reported but lost: $lost, failed checks: $bad, killed before the log existed: $early"
[ "$lost" -eq 0 ] && [ "$bad" -eq 0 ] && [ "$total" -gt 0 ]
