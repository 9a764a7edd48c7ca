# Sourced by run.sh and test.sh: sets JAVA_HOME to a JDK >= 21 (JAVA_HOME first, else the newest under /usr/lib/jvm).
java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1
}
usable_jdk() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local major; major=$(java_major "$1")
  [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null
}
if [ -n "${JAVA_HOME:-}" ] && usable_jdk "$JAVA_HOME"; then
  :
else
  best=""; best_major=0
  for candidate in /usr/lib/jvm/*/; do
    candidate=${candidate%/}
    usable_jdk "$candidate" || continue
    major=$(java_major "$candidate")
    if [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "No JDK 21 or newer found (checked JAVA_HOME=${JAVA_HOME:-unset} and /usr/lib/jvm)." >&2
    echo "Install one (for example Temurin 25) and set JAVA_HOME to it." >&2
    exit 1
  fi
  export JAVA_HOME=$best
fi
export PATH="$JAVA_HOME/bin:$PATH"
if ! command -v mvn >/dev/null 2>&1; then
  echo "Maven (mvn) is not installed: install it (for example 'apt-get install maven')." >&2
  exit 1
fi
