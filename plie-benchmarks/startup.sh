#!/usr/bin/env bash
# Start-up of the `plie` command, hyperfine-like: `./plie exit` on a shipped example, the same jar run as before
# (no archive, both compilers) and `java -version`, in turn ROUNDS times (default 15) so the machine's drift weighs
# on all three; prints Markdown lines with the median and interquartile range of each, wall and CPU seconds.
#   bash plie-benchmarks/startup.sh [ROUNDS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-15}"
doc="$root/docs/examples/parcours-exited-with-participant.json"
"$root/plie" exit "$doc" >/dev/null # builds the jar and the archive if needed, outside the measure
jar="$(ls "$root"/examples/target/plie-examples-*-cli.jar | head -n 1)"
# wall and CPU (user + system) seconds of one run; CPU time is what a loaded, shared machine disturbs least
elapsed() { /usr/bin/time -f "%e %U %S" -o /tmp/plie-startup-one.$$ "$@" >/dev/null 2>&1; }
t=/tmp/plie-startup.$$
for _ in $(seq "$rounds"); do
  elapsed "$root/plie" exit "$doc"
  cat /tmp/plie-startup-one.$$ >> "$t.exit"
  elapsed java -version
  cat /tmp/plie-startup-one.$$ >> "$t.java"
  # the baseline: the same jar without the archive and with both compilers, as ./plie ran it before
  elapsed java -jar "$jar" exit "$doc"
  cat /tmp/plie-startup-one.$$ >> "$t.plain"
done
# median and quartiles by linear interpolation between the sorted times
stats() {
  cut -d' ' -f"$2" "$1" | sort -n | awk '{ v[NR] = $1 } END {
    split("0.25 0.5 0.75", q, " ")
    for (i = 1; i <= 3; i++) { at = q[i] * (NR - 1) + 1; lo = int(at); hi = (lo < NR) ? lo + 1 : lo
      r[i] = v[lo] + (v[hi] - v[lo]) * (at - lo) }
    printf "median %.2f s, interquartile range %.2f-%.2f s", r[2], r[1], r[3] }'
}
cpu() { awk '{ print $2 + $3 }' "$1" > "$1.cpu"; stats "$1.cpu" 1; }
echo "- \`./plie exit docs/examples/parcours-exited-with-participant.json\`, $rounds runs interleaved with \`java -version\`"
echo "  (aim: 0.5 s): wall $(stats "$t.exit" 1), CPU $(cpu "$t.exit")"
echo "  - without the archive, \`java -jar plie-examples-*-cli.jar exit ...\`: wall $(stats "$t.plain" 1), CPU $(cpu "$t.plain")"
echo "  - \`java -version\`: wall $(stats "$t.java" 1), CPU $(cpu "$t.java")"
rm -f "$t".* /tmp/plie-startup-one.$$
