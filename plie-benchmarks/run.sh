#!/usr/bin/env bash
# Runs the whole benchmark suite (under 10 minutes on 2 cores) and rewrites plie-benchmarks/RESULTS.md.
#   bash plie-benchmarks/run.sh                   # everything
#   JMH_FILTER=Exit bash plie-benchmarks/run.sh   # only the benchmarks whose name matches (short JMH defaults)
#   PLIE_BENCH_MILLION=1 bash plie-benchmarks/run.sh  # the product path over 1,000,000 parcours (long: storing them)
#   PLIE_BENCH_SERVER=1 bash plie-benchmarks/run.sh   # also the HTTP load test of plie serve (about 6 more minutes)
#   PLIE_BENCH_SERVER=only bash plie-benchmarks/run.sh  # only it: rewrites the HTTP server section of RESULTS.md
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, database test) for the JDBC and SQL baselines;
# set PLIE_BENCH_POSTGRES_URL to use another server.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# the HTTP server section of RESULTS.md (ServerLoadMain, then ListPagesMain: Spring is on the test classpath only, so
# they run through Maven, about 6 minutes, more on the first run, which stores 100,000 parcours into H2 files kept
# under plie-benchmarks/target/list-pages): measured again with PLIE_BENCH_SERVER, carried over from the last
# RESULTS.md otherwise
server_section() {
  local cmd="mvn -B -q -Pfast,server-load -pl plie-benchmarks -am verify -DskipTests"
  echo "## HTTP server (\`plie serve\` on 127.0.0.1)"
  echo
  echo "- \`$cmd\`, load average $(cut -d' ' -f1-3 /proc/loadavg) before"
  # Maven's colour codes may start a line: strip them before picking the Markdown items
  $cmd 2>&1 | sed 's/\x1b\[[0-9;]*m//g' | grep -E '^ *- ' | sed 's/^/  /'
}
if [ "${PLIE_BENCH_SERVER:-}" = only ]; then
  out=plie-benchmarks/target/results
  mkdir -p "$out"
  server_section > "$out/server.md"
  # the rest of RESULTS.md stays as the last full run wrote it
  awk -v section="$out/server.md" '
    /^## HTTP server/{skip=1; while ((getline line < section) > 0) print line; next}
    skip&&/^## /{skip=0}
    !skip' plie-benchmarks/RESULTS.md > "$out/RESULTS.md"
  grep -q '^## HTTP server' "$out/RESULTS.md" || { echo; cat "$out/server.md"; } >> "$out/RESULTS.md"
  mv "$out/RESULTS.md" plie-benchmarks/RESULTS.md
  echo "wrote the HTTP server section of plie-benchmarks/RESULTS.md"
  exit 0
fi
started=$(date +%s)
# verify (never install): the shaded jar is built from the reactor; unit tests are not the point here
mvn -B -q -Dstyle.color=never -Pfast -pl plie-benchmarks -am -DskipTests verify >/dev/null
built=$(date +%s)
jar=plie-benchmarks/target/benchmarks.jar
out=plie-benchmarks/target/results
mkdir -p "$out"
rm -f "$out"/*.json
export PLIE_BENCH_POSTGRES_URL="${PLIE_BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
# the indicators benchmark keeps its PostgreSQL schema between its forks; dropped at the end, whatever happens
trap 'java -cp "$jar" fr.plie.benchmarks.indicators.PostgresFile drop plie_bench_indicators_10000 >/dev/null 2>&1 || true' EXIT
# other JMH runs may share this machine: do not wait for their lock
jmh=(java -Djmh.ignoreLock=true -jar "$jar")

if [ -n "${JMH_FILTER:-}" ]; then
  "${jmh[@]}" "$JMH_FILTER" -f 1 -wi 2 -i 3 -w 2s -r 2s -prof gc -rf json -rff "$out/jmh.json" | tee "$out/jmh.log"
else
  # JMH: short runs (1 fork, 2 warm-up and 3 measured iterations of 1 s, to keep the suite under 10 minutes on
  # the shared machine); -prof gc adds the bytes allocated per op
  "${jmh[@]}" -e 'fr.plie.benchmarks.indicators' -f 1 -wi 2 -i 3 -w 1s -r 1s -prof gc -rf json -rff "$out/jmh.json" \
    | tee "$out/jmh.log"
  # the indicators benchmarks size their own runs (single shots for a million parcours): their annotations rule
  "${jmh[@]}" 'fr.plie.benchmarks.indicators' -prof gc -rf json -rff "$out/jmh-indicators.json" \
    | tee "$out/jmh-indicators.log"
fi

: > "$out/memory.md"
# the ratios the JMH tables quote, measured again as interleaved pairs (RatiosMain): what to quote on a shared machine
{
  echo "## Interleaved ratios (candidate / baseline, same JVM, alternating order)"
  echo
  echo "- \`java -Xmx2g -cp $jar fr.plie.benchmarks.RatiosMain\`"
  java -Xmx2g -cp "$jar" fr.plie.benchmarks.RatiosMain
  echo
} >> "$out/memory.md" 2>&1 || echo "  - FAILED: RatiosMain" >> "$out/memory.md"
# the bulk import into PostgreSQL (plie import's BatchImport) against COPY of the same rows, interleaved (~3 min)
{
  echo "## Bulk import into PostgreSQL (interleaved with COPY of the same rows)"
  echo
  echo "- \`java -cp $jar fr.plie.benchmarks.jdbc.BulkImportMain 10000 5\`"
  java -cp "$jar" fr.plie.benchmarks.jdbc.BulkImportMain 10000 5 2>&1 | grep -v '^SLF4J'
  echo
} >> "$out/memory.md" 2>&1 || echo "  - FAILED: BulkImportMain" >> "$out/memory.md"
# Memory: benchmark mains run with a limited heap; each prints its own Markdown lines.
echo "## Memory (limited heap)" >> "$out/memory.md"
echo >> "$out/memory.md"
for run in $(java -cp "$jar" fr.plie.benchmarks.MemoryRuns list); do
  IFS=@ read -r cls heap arg <<< "$run"
  case "$cls" in *ProductPathMain) [ -n "${PLIE_BENCH_MILLION:-}" ] && arg=1000000 ;; esac
  echo "- \`java -Xmx$heap -cp $jar $cls${arg:+ $arg}\`" >> "$out/memory.md"
  # each line the main prints becomes a sub-item of its command
  status=0
  java "-Xmx$heap" -cp "$jar" "$cls" ${arg:+"$arg"} > "$out/memory-run.txt" 2>&1 || status=$?
  grep -v '^SLF4J' "$out/memory-run.txt" | sed -e 's/^  - //' -e 's/^/  - /' >> "$out/memory.md" || true
  [ "$status" = 0 ] || echo "  - FAILED (exit $status)" >> "$out/memory.md"
done
# start-up of the plie command, interleaved with java -version (plie-benchmarks/startup.sh)
{ echo; echo "## Start-up"; echo; bash plie-benchmarks/startup.sh 15; } >> "$out/memory.md" 2>&1 \
  || echo "  - FAILED: startup.sh" >> "$out/memory.md"
if [ -n "${PLIE_BENCH_SERVER:-}" ]; then
  server_section > "$out/server.md" || echo "  - FAILED: server load test" >> "$out/server.md"
else
  # the section from its heading to the next one, as the last run wrote it
  awk '/^## HTTP server/{on=1} on&&/^## /&&!/^## HTTP server/{on=0} on' plie-benchmarks/RESULTS.md > "$out/server.md" \
    2>/dev/null || true
fi
[ -s "$out/server.md" ] && { echo; cat "$out/server.md"; } >> "$out/memory.md"
build=$(( built - started ))
suite=$(( $(date +%s) - built ))

{
  echo "# Benchmark results"
  echo
  echo "Written by \`bash plie-benchmarks/run.sh\` on $(date -u +%Y-%m-%d) at $(date -u +%H:%M) UTC, the suite in $((suite / 60)) min $((suite % 60)) s"
  echo "after a build of $((build / 60)) min $((build % 60)) s."
  echo
  echo "- machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr); shared with other builds"
  echo "  while this ran (load average $load_before at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end), so"
  echo "  absolute figures are noisy: compare the ratios measured in the same run"
  echo "- JVM: $(java -version 2>&1 | head -1); PostgreSQL: $PLIE_BENCH_POSTGRES_URL"
  echo "- JMH: 1 fork, 2 warm-up and 3 measured iterations of 1 s, except the indicators benchmarks, which size"
  echo "  their own runs (docs/benchmarks.md): IndicatorsBenchmark 1 warm-up and 3 measured iterations of 1 s,"
  echo "  IndicatorsScalingBenchmark two single shots; error is JMH's 99.9 % interval, or the range of the shots"
  echo "  when there are fewer than 3; \`-prof gc\` gives the bytes allocated per operation (gc.alloc.rate.norm)"
  echo
  echo "## JMH"
  echo
} > "$out/header.md"
java -cp "$jar" fr.plie.benchmarks.ResultsReport "$out/jmh.json,$out/jmh-indicators.json" "$out/header.md" "$out/memory.md" \
  > plie-benchmarks/RESULTS.md
echo "wrote plie-benchmarks/RESULTS.md"
