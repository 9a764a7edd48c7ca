#!/usr/bin/env bash
# Prints measured figures: ./bench.sh queue [postgresql] (queue engine), ./bench.sh pad (pad press to board over a pty),
# ./bench.sh push (one call reaching 200 attached screens), ./bench.sh durability (20 rounds of kill -9 of the packaged
# application right after acknowledged tickets), ./bench.sh dossiers (a unit's open dossiers among 10^5; a due date),
# ./bench.sh reports [postgresql] (each report over a heavy year: 10^6 tickets, 2x10^5 dossiers, 5x10^5 ratings),
# ./bench.sh start (five starts of the packaged application after a power cut, until it serves its first page).
# Each ends with one "RESULT key=value ..." line.
set -euo pipefail
cd "$(dirname "$0")"
. deploy/find-java.sh
# The server's own JVM options (run.sh, deploy/motcua.service): a benchmark measures the JVM a center runs.
server_jvm="-Dmotcua.test.jvm=-XX:MaxGCPauseMillis=50"
case "${1:-}" in
  queue)
    # ./bench.sh queue postgresql: the same figures on the throw-away PostgreSQL cluster the tests start.
    benchmark=QueueBenchmark; [ "${2:-}" = postgresql ] && benchmark=QueueBenchmarkOnPostgres
    mvn -B -q -DskipTests install -pl server -am
    mvn -B -pl server surefire:test "$server_jvm" -Dbench=queue -Dtest=$benchmark -Dsurefire.failIfNoSpecifiedTests=false \
      | sed -n '/QUEUE BENCHMARK/,/^RESULT /p'
    ;;
  pad)
    mvn -B -q -DskipTests install
    mvn -B -pl server surefire:test "$server_jvm" -Dbench=pad -Dtest=PadBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
      | sed -n '/PAD BENCHMARK/,/^RESULT /p'
    ;;
  push)
    mvn -B -q -DskipTests install -pl server -am
    mvn -B -pl server surefire:test "$server_jvm" -Dbench=push -Dtest=PushBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
      | sed -n '/PUSH BENCHMARK/,/^RESULT /p'
    ;;
  dossiers)
    # A unit's open dossiers, due soonest first, with 10^5 dossiers in the database; and one due date computed.
    mvn -B -q -DskipTests install -pl server -am
    mvn -B -pl server surefire:test "$server_jvm" -Dbench=dossiers -Dtest=DossierBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
      | sed -n '/DOSSIER BENCHMARK/,/^RESULT /p'
    ;;
  reports)
    # The year is written once per seed and scale (-Dbench.seed, -Dbench.scale) and kept under server/target on H2;
    # ./bench.sh reports postgresql writes it anew on the throw-away PostgreSQL cluster the tests start.
    benchmark=ReportsBenchmark; [ "${2:-}" = postgresql ] && benchmark=ReportsBenchmarkOnPostgres
    mvn -B -q -DskipTests install -pl server -am
    mvn -B -pl server surefire:test "$server_jvm" -Dbench=reports -Dtest=$benchmark -Dsurefire.failIfNoSpecifiedTests=false \
      | sed -n '/REPORTS BENCHMARK/,/^RESULT /p'
    ;;
  start)
    # Packages once; the starts themselves are in server/bench-start.sh.
    mvn -B -q -DskipTests package -pl server -am
    server/bench-start.sh
    ;;
  durability)
    # Builds the runnable jar and runs only the kill test, with 20 rounds instead of the suite's 3.
    mvn -B -pl server -am verify -Dbench=durability -Dit.test=AcknowledgedTicketsSurviveKillIT -Dtest=none \
      -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
      | sed -n '/DURABILITY BENCHMARK/,/^RESULT /p'
    ;;
  *)
    echo "usage: ./bench.sh queue [postgresql]|pad|push|dossiers|reports [postgresql]|durability|start" >&2
    exit 2
    ;;
esac
