#!/usr/bin/env bash
# How motcua.service starts the server: as run.sh does (server/launch.sh), the jar is unpacked into the state folder
# and the JVM's ahead-of-time cache is trained there once per jar and JDK, so a start after a power cut maps the
# cache instead of loading and linking its classes again. A failed training only means a slower start.
#   MOTCUA_JAR (default /opt/motcua/motcua.jar), MOTCUA_APP_DIR (default /var/lib/motcua/app), MOTCUA_JVM_OPTIONS.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export JAVA_HOME=${JAVA_HOME:-/opt/motcua/jdk}
. "$here/find-java.sh"
if [ -f "$here/launch.sh" ]; then . "$here/launch.sh"; else . "$here/../server/launch.sh"; fi
prepare_launch "${MOTCUA_JAR:-/opt/motcua/motcua.jar}" "${MOTCUA_APP_DIR:-/var/lib/motcua/app}"
# The JVM's zone stays UTC whatever the machine's: the application shows its times in Asia/Ho_Chi_Minh itself.
# shellcheck disable=SC2086
exec "$JAVA_HOME/bin/java" "${launch_options[@]}" -Duser.timezone=UTC ${MOTCUA_JVM_OPTIONS:-} "${launch_cache[@]}" \
  -jar "$launch_jar" "$@"
