#!/usr/bin/env bash
# The start case of ./bench.sh: starts the packaged application (server/target/motcua.jar, built by bench.sh) five
# times as run.sh starts it and times each start from the process's birth to "ready": the log says
# "Started MotCuaApplication" AND the sign-in page answers 200, which is when kiosks and boards reconnect.
# A power cut: yesterday's H2 database exists and was not closed. It is prepared once (a first start on an empty
# directory writes the schema and the demo center, then kill -9) and copied fresh before each start, so every start
# recovers and compacts the same file. The application is unpacked and its start-up cache trained first, as run.sh
# does (server/launch.sh), untimed: that is build work. MOTCUA_AOT_CACHE=off times starts without the cache.
# Ends with "RESULT start_p50_s=... start_max_s=...".
set -euo pipefail
cd "$(dirname "$0")/.."
. deploy/find-java.sh
. server/launch.sh

command -v curl >/dev/null || { echo "./bench.sh start needs curl (apt-get install -y curl)." >&2; exit 1; }
starts=${BENCH_STARTS:-5}
work=$PWD/server/target/bench-start
jar=server/target/motcua.jar

# The unpacked application and its cache stay between runs while the jar and the JDK are the same.
rm -rf "$work"/yesterday "$work"/start-*
mkdir -p "$work/yesterday"
prepare_launch "$jar" "$work/app"

pid=""
seconds=""
cpu=""
stop_server() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "-$1" "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  pid=""
}
trap 'stop_server KILL' EXIT

# Starts the application in directory $1 as run.sh does and waits until it is ready (the log says it started and the
# sign-in page answers); sets pid, seconds and cpu (user + system).
start_server() {
  local dir=$1 log=$1/server.log
  local begin=$EPOCHREALTIME
  (cd "$dir" && exec "$JAVA_HOME/bin/java" "${launch_options[@]}" "${launch_cache[@]}" -jar "$launch_jar" \
    --server.port=0 >"$log" 2>&1) &
  pid=$!
  if ! wait_until_ready "$log" "$pid" 600 >/dev/null; then
    echo "The application did not start; see $log" >&2
    exit 1
  fi
  local end=$EPOCHREALTIME
  seconds=$(awk -v b="$begin" -v e="$end" 'BEGIN { printf "%.2f", e - b }')
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat")
}

echo "START BENCHMARK: $starts starts of the packaged application on yesterday's H2 database (not closed: power cut)," \
  "$([ ${#launch_cache[@]} -gt 0 ] && echo "with" || echo "without") the start-up cache"
start_server "$work/yesterday"
stop_server KILL
echo "  yesterday's database prepared (first start $seconds s, then kill -9)"

times=()
cpus=()
for round in $(seq 1 "$starts"); do
  run="$work/start-$round"
  mkdir -p "$run"
  cp -a "$work/yesterday/data" "$run/data"
  start_server "$run"
  times+=("$seconds")
  cpus+=("$cpu")
  echo "  start $round: ready in $seconds s (cpu $cpu s, load average $(cut -d' ' -f1 /proc/loadavg))"
  stop_server TERM
done

median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
max=$(printf '%s\n' "${times[@]}" | sort -n | tail -n1)
# The processor seconds and the load average tell a start slowed by other work on the machine from a slow start.
echo "RESULT start_p50_s=$(median "${times[@]}") start_max_s=$max cpu_p50_s=$(median "${cpus[@]}") load_average=$(cut -d' ' -f1 /proc/loadavg)"
