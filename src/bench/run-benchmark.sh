#!/usr/bin/env bash
# Cold-start and latency benchmark of Cramp Coach. Usage, from anywhere:
#
#   src/bench/run-benchmark.sh            # RUNS=10 by default
#   RUNS=20 src/bench/run-benchmark.sh    # more runs per cold figure
#   EXPLORE=1 src/bench/run-benchmark.sh  # also compare the candidate JVM options one by one
#   SKILL_FROM=jar src/bench/run-benchmark.sh  # load the skill from the jar file instead of a directory
#
# Every cold figure is measured from outside the process by GNU time (wall, user+sys CPU, peak RSS)
# over RUNS fresh JVMs, interleaved so that drift hits every program alike, and reported as medians
# and as ratios to a minimal ASK SDK skill and to a JVM that only prints {} run in the same session
# with the same flags. "production" flags are the JAVA_TOOL_OPTIONS of template.yaml, read from it.
# Figures are printed, not asserted; the last lines say PASS or FAIL per target. About a minute on
# 2 cores with the defaults (EXPLORE adds a couple of minutes).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

RUNS="${RUNS:-10}"
PRIMING_RUNS="${PRIMING_RUNS:-$RUNS}"
WARMUP_ROUNDS="${WARMUP_ROUNDS:-3000}"
MEASURED_ROUNDS="${MEASURED_ROUNDS:-2000}"
EXPLORE="${EXPLORE:-0}"
# Lambda unpacks a .jar deployment package into /var/task and loads classes from that directory, so
# the cold runs do the same by default (every program alike); SKILL_FROM=jar loads from the jar file.
SKILL_FROM="${SKILL_FROM:-dir}"
[[ "$SKILL_FROM" == dir || "$SKILL_FROM" == jar ]] || { echo "SKILL_FROM is dir or jar" >&2; exit 1; }
JAVA="${JAVA:-java}"
SKILL_HANDLER="crampcoach.lambda.CrampCoachStreamHandler"
MINIMAL_HANDLER="crampcoach.bench.MinimalSkill"

# --- tools -------------------------------------------------------------------------------------
if [[ ! -x /usr/bin/time ]]; then
  echo "Installing GNU time (apt-get install time)..." >&2
  if ! apt-get install -y -qq time >/dev/null 2>&1; then
    apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null
  fi
fi

# --- the production flags and jar, from template.yaml, so the two never drift ------------------
PROD_FLAGS="$(sed -n 's/^[[:space:]]*JAVA_TOOL_OPTIONS:[[:space:]]*"\{0,1\}\([^"]*\)"\{0,1\}[[:space:]]*$/\1/p' template.yaml | head -1)"
JAR_PATH="$(sed -n 's/^[[:space:]]*CodeUri:[[:space:]]*\([^[:space:]#]*\).*$/\1/p' template.yaml | head -1)"
[[ -n "$PROD_FLAGS" ]] || { echo "no JAVA_TOOL_OPTIONS in template.yaml" >&2; exit 1; }
[[ -n "$JAR_PATH" ]] || { echo "no CodeUri in template.yaml" >&2; exit 1; }

# --- build: the deployment jar exactly as shipped, then the bench classes beside it -------------
echo "Building (mvn -q -DskipTests package, then -Pbench compile)..." >&2
mvn -B -q -DskipTests package >&2
mvn -B -q -DskipTests -Pbench compile >&2

# Private copies: others may rebuild target/ while this runs.
WORK="$(mktemp -d "${TMPDIR:-/tmp}/cramp-coach-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
cp "$JAR_PATH" "$WORK/skill.jar"
mkdir -p "$WORK/results" "$WORK/out"
# The bench classes go in a jar of their own, never into the skill's: CDS archives only jars.
JAR_TOOL="$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jar"
(cd target/bench/classes && "$JAR_TOOL" cf "$WORK/bench.jar" crampcoach/bench)
cp -r target/bench/classes/requests "$WORK/requests"
# Bench classes first: print-empty then never opens the skill's jar.
JAR_CP="$WORK/bench.jar:$WORK/skill.jar"
CP="$JAR_CP"
if [[ "$SKILL_FROM" == dir ]]; then
  mkdir -p "$WORK/task" && (cd "$WORK/task" && "$JAR_TOOL" xf "$WORK/skill.jar")
  CP="$WORK/bench.jar:$WORK/task"
fi
REQ="$WORK/requests"
# The night request: the one-shot calf cramp at 03:12 in London, its apiEndpoint a local stand-in for
# Alexa's Settings API in a process of its own (its CPU is not the skill's; the wait on it is wall time).
STUB_OUT="$WORK/out/stub-port.txt"
"$JAVA" -cp "$CP" crampcoach.bench.SettingsStub > "$STUB_OUT" 2>> "$WORK/out/stub.log" &
STUB_PID=$!
trap 'kill "$STUB_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 50); do [[ -s "$STUB_OUT" ]] && break; sleep 0.1; done
STUB_PORT="$(head -1 "$STUB_OUT")"
[[ -n "$STUB_PORT" ]] || { echo "the Settings API stub did not start" >&2; exit 1; }
mkdir -p "$REQ/night"
sed -e "s#https://api.amazonalexa.com#http://127.0.0.1:$STUB_PORT#" -e 's#"timestamp": *"[^"]*"#"timestamp": "2026-11-25T03:12:45Z"#' \
  "$REQ/oneshot-calf.json" > "$REQ/night/oneshot-calf-night.json"
grep -q "127.0.0.1:$STUB_PORT" "$REQ/night/oneshot-calf-night.json" || { echo "night request has no stub endpoint" >&2; exit 1; }
COLD="$WORK/results/cold.tsv"
printf 'flags\tprogram\trun\twall_s\tuser_s\tsys_s\tmaxrss_kb\n' > "$COLD"

# The request fixtures name Alexa's real API endpoint: the skill may call only the loopback stub.
NO_INTERNET="-Dcrampcoach.alexaApis.loopbackOnly=true"
# Extra environment for the next run_java (the diary's table and endpoint for the -store program).
RUN_ENV=()

# run_java FLAGS_LABEL JAVA_TOOL_OPTIONS_VALUE STDOUT_FILE ARGS... : one JVM, timed from outside.
run_java() {
  local label="$1" tool_options="$2" out="$3"; shift 3
  local timing="$WORK/out/time.txt"
  if [[ "$label" == default ]]; then
    /usr/bin/time -f '%e %U %S %M' -o "$timing" env -u JAVA_TOOL_OPTIONS "${RUN_ENV[@]}" "$JAVA" $NO_INTERNET -cp "$CP" "$@" \
      > "$out" 2>> "$WORK/out/stderr.log"
  else
    /usr/bin/time -f '%e %U %S %M' -o "$timing" env JAVA_TOOL_OPTIONS="$tool_options" "${RUN_ENV[@]}" "$JAVA" $NO_INTERNET -cp "$CP" "$@" \
      > "$out" 2>> "$WORK/out/stderr.log"
  fi
  tail -1 "$timing"
}

# measure FLAGS_LABEL JAVA_TOOL_OPTIONS PROGRAM RUN EXPECTED ARGS...
measure() {
  local label="$1" tool_options="$2" program="$3" run="$4" expected="$5"; shift 5
  local out="$WORK/out/$label-$program.json" t
  if ! t="$(run_java "$label" "$tool_options" "$out" "$@")" || ! grep -q -- "$expected" "$out"; then
    echo "FAILED: $program ($label flags) did not answer as expected:" >&2
    head -c 2000 "$out" >&2; echo >&2; tail -20 "$WORK/out/stderr.log" >&2
    exit 1
  fi
  read -r wall user sys rss <<< "$t"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$program" "$run" "$wall" "$user" "$sys" "$rss" >> "$COLD"
}

echo "== Cramp Coach benchmark: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, RUNS=$RUNS"
"$JAVA" -version 2>&1 | sed -n '1,2p'
echo "production flags (template.yaml JAVA_TOOL_OPTIONS): $PROD_FLAGS"
echo "jar: $JAR_PATH; cold runs load the skill from $([[ "$SKILL_FROM" == dir ]] && echo "its unpacked directory, as Lambda does (SKILL_FROM=jar: from the jar)" || echo "the jar file (SKILL_FROM=jar)")"

# --- the diary's store: dynalite on loopback, as the tests run it --------------------------------
if [[ ! -d src/test/dynalite/node_modules/dynalite ]]; then
  npm ci --no-audit --no-fund --prefix src/test/dynalite >&2
fi
coproc DYNALITE { exec node src/test/dynalite/start.js 0; }
read -r -t 30 listening port <&"${DYNALITE[0]}" || { echo "dynalite did not start" >&2; exit 1; }
trap 'kill "$DYNALITE_PID" "$STUB_PID" 2>/dev/null; rm -rf "$WORK"' EXIT
STORE_ENDPOINT="http://127.0.0.1:$port"
"$JAVA" -cp "$CP" crampcoach.bench.CreateTable "$STORE_ENDPOINT" cramp-diary-bench 2>> "$WORK/out/stderr.log"
# The deployment jar is minimised (pom.xml, minimizeJar) and the tests never load it: its store must
# behave on every path, errors included, before any figure of it counts.
"$JAVA" -cp "$CP" crampcoach.bench.ShadedStoreCheck "$STORE_ENDPOINT" cramp-diary-bench 2>> "$WORK/out/stderr.log" \
  | tail -1 || { echo "the shaded jar's store failed a path" >&2; tail -20 "$WORK/out/stderr.log" >&2; exit 1; }
STORE_ENV=(TABLE_NAME=cramp-diary-bench AWS_ENDPOINT_URL_DYNAMODB="$STORE_ENDPOINT" AWS_REGION=us-east-1)
echo "diary store for the -store runs: dynalite $STORE_ENDPOINT (loopback)"
# An Echo Show's one-shot: the canned one with a screen's viewport, which the fast reader declines.
sed 's/"context": *{/&"Viewport":{"mode":"HUB","shape":"RECTANGLE","pixelWidth":960,"pixelHeight":480,"dpi":160},/' \
  "$REQ/oneshot-calf.json" > "$REQ/oneshot-calf-echo-show.json"
grep -q '"Viewport"' "$REQ/oneshot-calf-echo-show.json" || { echo "could not make the Echo Show request" >&2; exit 1; }

# --- cold --------------------------------------------------------------------------------------
echo "Cold runs: $RUNS x 2 flag sets x 7 programs..." >&2
for run in $(seq 1 "$RUNS"); do
  for flags in default production; do
    opts=""; [[ "$flags" == production ]] && opts="$PROD_FLAGS"
    measure "$flags" "$opts" print-empty "$run" '{}' crampcoach.bench.PrintEmpty
    measure "$flags" "$opts" minimal-launch "$run" '"outputSpeech"' crampcoach.bench.FirstRequest "$MINIMAL_HANDLER" "$REQ/launch.json"
    measure "$flags" "$opts" full-launch "$run" '"outputSpeech"' crampcoach.bench.FirstRequest "$SKILL_HANDLER" "$REQ/launch.json"
    measure "$flags" "$opts" full-oneshot "$run" '"outputSpeech"' crampcoach.bench.FirstRequest "$SKILL_HANDLER" "$REQ/oneshot-calf.json"
    RUN_ENV=("${STORE_ENV[@]}")
    measure "$flags" "$opts" full-oneshot-store "$run" '"outputSpeech"' crampcoach.bench.FirstRequest "$SKILL_HANDLER" "$REQ/oneshot-calf.json"
    RUN_ENV=()
    measure "$flags" "$opts" full-oneshot-echo-show "$run" '"outputSpeech"' crampcoach.bench.FirstRequest "$SKILL_HANDLER" "$REQ/oneshot-calf-echo-show.json"
    measure "$flags" "$opts" full-night "$run" 'prosody volume' crampcoach.bench.FirstRequest "$SKILL_HANDLER" "$REQ/night/oneshot-calf-night.json"
  done
done

# --- warm --------------------------------------------------------------------------------------
for flags in default production; do
  echo
  echo "== Warm latency per intent, one JVM, $flags flags: at least $WARMUP_ROUNDS warm-up rounds (then on until the JIT is quiet), then $MEASURED_ROUNDS measured requests per intent, round-robin"
  opts=""; [[ "$flags" == production ]] && opts="$PROD_FLAGS"
  run_java "$flags" "$opts" "$WORK/out/warm-$flags.txt" crampcoach.bench.WarmLatency "$SKILL_HANDLER" "$REQ" \
    "$WARMUP_ROUNDS" "$MEASURED_ROUNDS" "$WORK/results/warm-$flags.tsv" > /dev/null \
    || { echo "WarmLatency failed" >&2; tail -30 "$WORK/out/stderr.log" >&2; exit 1; }
  cat "$WORK/out/warm-$flags.txt"
done

# --- priming -----------------------------------------------------------------------------------
echo "Priming runs: $PRIMING_RUNS x 2 requests x (cold, primed)..." >&2
for run in $(seq 1 "$PRIMING_RUNS"); do
  for request in oneshot-calf launch; do
    for mode in cold primed; do
      line="$(env JAVA_TOOL_OPTIONS="$PROD_FLAGS" "$JAVA" $NO_INTERNET -cp "$CP" crampcoach.bench.PrimingEffect \
        "$SKILL_HANDLER" "$REQ/$request.json" "$mode" 2>> "$WORK/out/stderr.log")" \
        || { echo "PrimingEffect failed" >&2; tail -30 "$WORK/out/stderr.log" >&2; exit 1; }
      printf '%s\t%s\n' "$request" "$line" >> "$WORK/results/priming.tsv"
    done
  done
done

# --- the red-flag detector alone ---------------------------------------------------------------
echo
echo "== Red-flag detector, production flags, one fresh JVM per run (medians of $RUNS): first build ms (content read, classes loading) / warm build ms / warm check µs"
for run in $(seq 1 "$RUNS"); do
  env JAVA_TOOL_OPTIONS="$PROD_FLAGS" "$JAVA" -cp "$CP" crampcoach.bench.DetectorSpeed 2>> "$WORK/out/stderr.log" \
    >> "$WORK/results/detector.tsv" || { echo "DetectorSpeed failed" >&2; tail -30 "$WORK/out/stderr.log" >&2; exit 1; }
done
for column in 1 2 3; do
  cut -f"$column" "$WORK/results/detector.tsv" | sort -g | awk '{v[NR]=$1} END {printf "%s%s", v[int((NR+1)/2)], (c==3 ? "\n" : " / ")}' c="$column"
done

# --- learned second opinion: cold in fresh JVMs, then warm, production flags ----------------------
echo "Second-opinion runs: $RUNS fresh JVMs, then one warm..." >&2
SECOND_COLD="$WORK/results/second-opinion-cold.tsv"
: > "$SECOND_COLD"
for run in $(seq 1 "$RUNS"); do
  line="$(env JAVA_TOOL_OPTIONS="$PROD_FLAGS" "$JAVA" -cp "$CP" crampcoach.bench.SecondOpinionCost cold 2>> "$WORK/out/stderr.log")" \
    || { echo "SecondOpinionCost failed" >&2; tail -30 "$WORK/out/stderr.log" >&2; exit 1; }
  printf '%s\t%s\n' "$run" "$line" >> "$SECOND_COLD"
done
env JAVA_TOOL_OPTIONS="$PROD_FLAGS" "$JAVA" -cp "$CP" crampcoach.bench.SecondOpinionCost warm 3000 \
  > "$WORK/results/second-opinion-warm.txt" 2>> "$WORK/out/stderr.log"

# --- report ------------------------------------------------------------------------------------
"$JAVA" -cp "$CP" crampcoach.bench.Report "$WORK/results" "$JAR_PATH"
"$JAVA" -cp "$CP" crampcoach.bench.SecondOpinionCost summary "$SECOND_COLD" "$WORK/results/second-opinion-warm.txt"
# The raw figures stay for a closer look (target/ is build output, never committed).
mkdir -p target/bench/results && cp "$WORK"/results/*.tsv target/bench/results/ 2>/dev/null || true

# --- optional: the candidate JVM options one by one ---------------------------------------------
if [[ "$EXPLORE" == 1 ]]; then
  echo
  echo "== Explore: full skill one-shot, cold, each candidate option alone (medians of $RUNS; CPU ms / wall ms / peak MB)"
  echo "(from the jar file whatever SKILL_FROM says: CDS archives classes from jars only, never from a directory)"
  CP="$JAR_CP"
  # A dynamic AppCDS archive of the full skill (JDK 13+; JDK 19+ can make it with -XX:+AutoCreateSharedArchive).
  "$JAVA" -XX:ArchiveClassesAtExit="$WORK/app.jsa" -cp "$CP" crampcoach.bench.FirstRequest \
    "$SKILL_HANDLER" "$REQ/oneshot-calf.json" > /dev/null 2>> "$WORK/out/stderr.log"
  variants=(
    "default|"
    "C1 only|-XX:TieredStopAtLevel=1"
    "SerialGC|-XX:+UseSerialGC"
    "C1+SerialGC|-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
    "production|$PROD_FLAGS"
    "CDS off|-Xshare:off"
    "no PerfData|-XX:-UsePerfData"
    "prod+noPerfData|$PROD_FLAGS -XX:-UsePerfData"
    "prod+1 compiler|$PROD_FLAGS -XX:CICompilerCount=1"
    "prod+no verify|$PROD_FLAGS -XX:+UnlockDiagnosticVMOptions -XX:-BytecodeVerificationRemote"
    "prod+AppCDS|$PROD_FLAGS -XX:SharedArchiveFile=$WORK/app.jsa"
  )
  EXPLORE_TSV="$WORK/results/explore.tsv"
  : > "$EXPLORE_TSV"
  for run in $(seq 1 "$RUNS"); do
    for v in "${variants[@]}"; do
      name="${v%%|*}"; opts="${v#*|}"
      for program in minimal-launch full-oneshot; do
        handler="$SKILL_HANDLER"; request="oneshot-calf"
        [[ "$program" == minimal-launch ]] && { handler="$MINIMAL_HANDLER"; request="launch"; }
        t="$(run_java explore "$opts" "$WORK/out/explore.json" crampcoach.bench.FirstRequest "$handler" "$REQ/$request.json")"
        grep -q '"outputSpeech"' "$WORK/out/explore.json" || { echo "explore $name failed" >&2; exit 1; }
        read -r wall user sys rss <<< "$t"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$program" "$run" "$wall" "$user" "$sys" "$rss" >> "$EXPLORE_TSV"
      done
    done
  done
  cp "$EXPLORE_TSV" target/bench/results/ 2>/dev/null || true
  awk -F'\t' '
    { key = $1 SUBSEP $2; n[key]++; cpu[key, n[key]] = ($5 + $6) * 1000; wall[key, n[key]] = $4 * 1000;
      rss[key, n[key]] = $7 / 1024; if (!(($1) in seen)) { seen[$1] = 1; order[++k] = $1 } }
    function med(arr, key, cnt,   i, j, t, v) {
      for (i = 1; i <= cnt; i++) v[i] = arr[key, i]
      for (i = 2; i <= cnt; i++) { t = v[i]; for (j = i - 1; j >= 1 && v[j] > t; j--) v[j + 1] = v[j]; v[j + 1] = t }
      return (cnt % 2) ? v[(cnt + 1) / 2] : (v[cnt / 2] + v[cnt / 2 + 1]) / 2
    }
    END {
      printf "%-17s %24s %24s\n", "options", "minimal-launch", "full-oneshot"
      for (i = 1; i <= k; i++) {
        name = order[i]; line = sprintf("%-17s", name)
        split("minimal-launch full-oneshot", progs, " ")
        for (p = 1; p <= 2; p++) { key = name SUBSEP progs[p]
          line = line sprintf(" %8.0f / %5.0f / %5.1f", med(cpu, key, n[key]), med(wall, key, n[key]), med(rss, key, n[key])) }
        print line
      }
    }' "$EXPLORE_TSV"
fi
