#!/usr/bin/env bash
# What the device's time-zone lookup costs a fresh JVM's first request (issue 12: is a wait shorter
# than TimeZoneLookup.WAIT safe, and does SnapStart priming change it?). Usage, from anywhere:
#
#   RUNS=5 src/bench/settings-lookup-cost.sh
#
# Runs crampcoach.bench.SettingsLookupCost in fresh JVMs, interleaved, with default and production
# flags (template.yaml's JAVA_TOOL_OPTIONS), against the bench's Settings API stub on loopback in a
# process of its own, and prints per mode the median first-request time and how many runs reached
# the night voice (the zone came within the turn's wait).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-5}"
JAVA="${JAVA:-java}"
PROD_FLAGS="$(sed -n 's/^[[:space:]]*JAVA_TOOL_OPTIONS:[[:space:]]*"\{0,1\}\([^"]*\)"\{0,1\}[[:space:]]*$/\1/p' template.yaml | head -1)"
JAR_PATH="$(sed -n 's/^[[:space:]]*CodeUri:[[:space:]]*\([^[:space:]#]*\).*$/\1/p' template.yaml | head -1)"
mvn -B -q -DskipTests package >&2
mvn -B -q -DskipTests -Pbench compile >&2
WORK="$(mktemp -d "${TMPDIR:-/tmp}/cramp-coach-lookup.XXXXXX")"
cp "$JAR_PATH" "$WORK/skill.jar"
JAR_TOOL="$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jar"
(cd target/bench/classes && "$JAR_TOOL" cf "$WORK/bench.jar" crampcoach/bench)
CP="$WORK/bench.jar:$WORK/skill.jar"
"$JAVA" -cp "$CP" crampcoach.bench.SettingsStub > "$WORK/port" &
STUB_PID=$!
trap 'kill "$STUB_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 50); do [[ -s "$WORK/port" ]] && break; sleep 0.1; done
PORT="$(head -1 "$WORK/port")"
sed -e "s#https://api.amazonalexa.com#http://127.0.0.1:$PORT#" -e 's#"timestamp": *"[^"]*"#"timestamp": "2026-11-25T03:12:45Z"#' \
  target/bench/classes/requests/oneshot-calf.json > "$WORK/night.json"
MODES="no-lookup lookup raw primed-no-lookup primed-lookup primed-raw primed-call-lookup"
for run in $(seq 1 "$RUNS"); do
  for flags in default production; do
    opts=""; [[ "$flags" == production ]] && opts="$PROD_FLAGS"
    for mode in $MODES; do
      # shellcheck disable=SC2086
      line="$("$JAVA" $opts -Dcrampcoach.alexaApis.loopbackOnly=true -cp "$CP" crampcoach.bench.SettingsLookupCost \
        crampcoach.lambda.CrampCoachStreamHandler "$WORK/night.json" "$mode" 2>/dev/null | tail -1)"
      echo "$flags	$line" >> "$WORK/results"
    done
  done
done
printf '%-10s %-20s %10s %12s\n' flags mode "median ms" "night voice"
for flags in default production; do
  for mode in $MODES; do
    awk -F'\t' -v f="$flags" -v m="$mode" '$1 == f && $2 == m { print $3 }' "$WORK/results" | sort -n > "$WORK/times"
    n="$(wc -l < "$WORK/times")"
    median="$(awk -v n="$n" 'NR == int((n + 1) / 2) { print }' "$WORK/times")"
    soft="$(awk -F'\t' -v f="$flags" -v m="$mode" '$1 == f && $2 == m && $4 == "true"' "$WORK/results" | wc -l)"
    printf '%-10s %-20s %10s %9s/%s\n' "$flags" "$mode" "$median" "$soft" "$n"
  done
done
echo "raw: flags, mode, first request ms, night voice" >&2
cat "$WORK/results" >&2
