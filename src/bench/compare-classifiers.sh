#!/usr/bin/env bash
# Compares the text classifiers considered for the learned second opinion (README, "The learned second
# opinion"): OpenNLP's document categorizer, liblinear-java loading its own model at run time, and the
# shipped reader of liblinear-trained weights. Same rows, same kinds of features, production JVM flags
# from template.yaml; prints jar sizes, model sizes, cold cost (fresh JVM: class loading + model load +
# first prediction, main-thread CPU and wall, medians of RUNS) and warm µs per utterance.
#
#   src/bench/compare-classifiers.sh          # RUNS=10
#
# OpenNLP is fetched into the local Maven repository for this comparison only; no build of the skill
# depends on it. A few minutes on 2 cores.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RUNS="${RUNS:-10}"
JAVA="${JAVA:-java}"
OPENNLP_VERSION=2.5.4
SLF4J2_VERSION=2.0.17 # what opennlp-tools 2.5.4 declares

PROD_FLAGS="$(sed -n 's/^[[:space:]]*JAVA_TOOL_OPTIONS:[[:space:]]*"\{0,1\}\([^"]*\)"\{0,1\}[[:space:]]*$/\1/p' template.yaml | head -1)"
echo "Building and fetching opennlp-tools $OPENNLP_VERSION..." >&2
mvn -B -q test-compile >&2
mvn -B -q dependency:get -Dartifact="org.apache.opennlp:opennlp-tools:$OPENNLP_VERSION" -Dtransitive=false >&2
mvn -B -q dependency:get -Dartifact="org.slf4j:slf4j-api:$SLF4J2_VERSION" -Dtransitive=false >&2
TEST_CP="$(mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=/dev/stdout)"
LIBLINEAR_JAR="$(tr ':' '\n' <<< "$TEST_CP" | grep '/liblinear-')"
M2="${LIBLINEAR_JAR%%/de/bwaldvogel/*}" # the local Maven repository
OPENNLP_JAR="$M2/org/apache/opennlp/opennlp-tools/$OPENNLP_VERSION/opennlp-tools-$OPENNLP_VERSION.jar"
SLF4J2_JAR="$M2/org/slf4j/slf4j-api/$SLF4J2_VERSION/slf4j-api-$SLF4J2_VERSION.jar"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/cramp-coach-classifiers.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
# Cold runs see only the classes each library needs (the skill's, liblinear, OpenNLP with the slf4j
# 2 it declares); training and warm runs read the corpora, so they get the whole test classpath.
CP="$WORK/classes:target/classes:target/test-classes:$LIBLINEAR_JAR:$OPENNLP_JAR:$SLF4J2_JAR"
FULL_CP="$WORK/classes:target/classes:target/test-classes:$TEST_CP:$OPENNLP_JAR"
"$(dirname "$(readlink -f "$(command -v "$JAVA")")")/javac" -nowarn -d "$WORK/classes" -cp "$CP" src/bench/classifiers/*.java
echo "Training both models on the corpora..." >&2
"$JAVA" -cp "$FULL_CP" crampcoach.safety.CompareClassifiers train "$WORK" > "$WORK/train.log" 2>&1 \
  || { tail -30 "$WORK/train.log" >&2; exit 1; }

echo "Cold runs: $RUNS x 3 fresh JVMs..." >&2
for run in $(seq 1 "$RUNS"); do
  for library in own liblinear opennlp; do
    env JAVA_TOOL_OPTIONS="$PROD_FLAGS" "$JAVA" -cp "$CP" crampcoach.safety.CompareClassifiers cold "$library" "$WORK" \
      2> /dev/null >> "$WORK/cold.tsv"
  done
done
for library in own liblinear opennlp; do
  env JAVA_TOOL_OPTIONS="$PROD_FLAGS" "$JAVA" -cp "$FULL_CP" crampcoach.safety.CompareClassifiers warm "$library" "$WORK" \
    2> /dev/null >> "$WORK/warm.tsv"
done

size() { stat -c %s "$1"; }
echo "== Classifiers for the second opinion ($(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, production flags, medians of $RUNS)"
printf '%-10s %14s %14s %13s %13s %11s\n' library "runtime jars" "model bytes" "cold CPU ms" "cold wall ms" "warm µs"
for library in own liblinear opennlp; do
  case "$library" in
    own) jars=0; model="$(size src/main/resources/safety/second-opinion.bin)" ;;
    liblinear) jars="$(size "$LIBLINEAR_JAR")"; model="$(size "$WORK/liblinear.model")" ;;
    opennlp) jars=$(( $(size "$OPENNLP_JAR") + $(size "$SLF4J2_JAR") )); model="$(size "$WORK/opennlp.bin")" ;;
  esac
  cpu="$(awk -F'\t' -v l="$library" '$1 == l {print $2}' "$WORK/cold.tsv" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')"
  wall="$(awk -F'\t' -v l="$library" '$1 == l {print $3}' "$WORK/cold.tsv" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}')"
  warm="$(awk -F'\t' -v l="$library" '$1 == l {print $2}' "$WORK/warm.tsv")"
  printf '%-10s %14s %14s %13s %13s %11s\n' "$library" "$jars" "$model" "$cpu" "$wall" "$warm"
done
