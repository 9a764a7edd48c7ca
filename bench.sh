#!/usr/bin/env bash
# Prints measured figures: ./bench.sh queue
set -euo pipefail
cd "$(dirname "$0")"
. deploy/find-java.sh
case "${1:-}" in
  queue)
    mvn -B -q -DskipTests install -pl server -am
    mvn -B -pl server surefire:test -Dbench=queue -Dtest=QueueBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
      | sed -n '/QUEUE BENCHMARK/,/counters contending/p'
    ;;
  *)
    echo "usage: ./bench.sh queue" >&2
    exit 2
    ;;
esac
