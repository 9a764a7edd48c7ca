#!/usr/bin/env bash
# Builds what is needed and starts the whole product on http://localhost:${SERVER_PORT:-8080}
# with the embedded H2 database under ./data, Vietnamese demo data and simulated devices.
set -euo pipefail
cd "$(dirname "$0")"
. deploy/find-java.sh

jar=server/target/motcua.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml */pom.xml */src -newer "$jar" -type f -print -quit 2>/dev/null)" ]; then
  echo "Building (first time: a few minutes while Maven downloads dependencies)..."
  mvn -B -q -DskipTests package
fi
# Run an unpacked copy, so a rebuild while the product runs cannot pull the jar from under it; after each build a
# training run writes the JVM's start-up cache beside it (server/launch.sh), so a restart after a power cut is fast.
. server/launch.sh
prepare_launch "$jar" data/app
exec "$JAVA_HOME/bin/java" "${launch_options[@]}" "${launch_cache[@]}" -jar "$launch_jar" "$@"
