#!/usr/bin/env bash
# Runs the whole benchmark suite (about 10 minutes on 2 cores) and rewrites plie-benchmarks/RESULTS.md.
#   bash plie-benchmarks/run.sh            # everything
#   JMH_FILTER=Exit bash plie-benchmarks/run.sh   # only the benchmarks whose name matches
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, database test) for the JDBC and SQL baselines;
# set PLIE_BENCH_POSTGRES_URL to use another server.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -Dstyle.color=never -Pfast -DskipTests install >/dev/null
jar=plie-benchmarks/target/benchmarks.jar
out=plie-benchmarks/target/results
mkdir -p "$out"
export PLIE_BENCH_POSTGRES_URL="${PLIE_BENCH_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test?user=postgres}"

# JMH: short runs (1 fork, 2 warm-up and 3 measured iterations); the errors say how noisy the machine was.
java -jar "$jar" ${JMH_FILTER:-} -f 1 -wi 2 -i 3 -w 2s -r 2s -rf json -rff "$out/jmh.json" | tee "$out/jmh.log"

# Memory: benchmark mains run with a limited heap; each prints its own Markdown lines.
: > "$out/memory.md"
echo "## Memory (limited heap)" >> "$out/memory.md"
echo >> "$out/memory.md"
for main in $(java -cp "$jar" fr.plie.benchmarks.MemoryRuns list); do
  heap="${main##*@}"; cls="${main%@*}"
  echo "- \`java -Xmx$heap -cp $jar $cls\`" >> "$out/memory.md"
  java "-Xmx$heap" -cp "$jar" "$cls" >> "$out/memory.md" 2>&1 || echo "  FAILED (exit $?)" >> "$out/memory.md"
done

{
  echo "# Benchmark results"
  echo
  echo "Written by \`bash plie-benchmarks/run.sh\` on $(date -u +%Y-%m-%d) at $(date -u +%H:%M) UTC."
  echo
  echo "- machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr); shared and noisy, so compare"
  echo "  ratios measured in the same run rather than absolute figures"
  echo "- JVM: $(java -version 2>&1 | head -1)"
  echo "- JMH: 1 fork, 2 warm-up and 3 measured iterations of 2 s; error is JMH's 99.9 % interval"
  echo
  echo "## JMH"
  echo
} > "$out/header.md"
java -cp "$jar" fr.plie.benchmarks.ResultsReport "$out/jmh.json" "$out/header.md" "$out/memory.md" > plie-benchmarks/RESULTS.md
echo "wrote plie-benchmarks/RESULTS.md"
