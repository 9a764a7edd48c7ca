# Sourced by run.sh and server/bench-start.sh (after deploy/find-java.sh): how the packaged application starts.
# The runnable jar is unpacked next to the database (Spring Boot's "extract" layout: motcua.jar and lib/), and on
# JDK 25 or newer a training run writes the JVM's ahead-of-time cache motcua.aot (JEP 483/514/515: classes already
# loaded and linked, method profiles) that every later start maps instead of loading its 170 jars' classes again.
# The cache holds only for the same JDK and the same jars at the same paths: it is trained again whenever the jar
# or the JDK changes. A start without the cache is only slower, never different.

# The JVM options of run.sh and deploy/motcua.service.
# A pause goal of 50 ms instead of G1's 200: a call must reach the hall's screens within a quarter second.
launch_options=(--enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8 -XX:MaxGCPauseMillis=50)

# prepare_launch JAR DIR: unpacks JAR into DIR unless already done for this jar and JDK, trains DIR/motcua.aot, and
# sets launch_jar (the jar to start) and launch_cache (the JVM options that use the cache; none below JDK 25 or with
# MOTCUA_AOT_CACHE=off, which measures a start without it).
prepare_launch() {
  local jar=$1 dir=$2 stamp
  stamp="$(stat -c '%s %Y' "$jar") $("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.vm.version = //p')"
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ ! -f "$dir/motcua.jar" ] || [ "$(cat "$dir/stamp" 2>/dev/null)" != "$stamp" ]; then
    echo "Unpacking $jar for a faster start..."
    rm -rf "${dir:?}"/*
    "$JAVA_HOME/bin/java" -Djarmode=tools -jar "$jar" extract --destination "$dir" --force >/dev/null
    echo "$stamp" >"$dir/stamp"
  fi
  launch_jar=$dir/motcua.jar
  launch_cache=()
  if [ "${MOTCUA_AOT_CACHE:-on}" = off ]; then
    return 0
  fi
  if [ "$(java_major "$JAVA_HOME")" -lt 25 ]; then
    echo "JDK $(java_major "$JAVA_HOME") has no ahead-of-time cache (JDK 25 has): the application starts without one." >&2
    return 0
  fi
  [ -f "$dir/motcua.aot" ] || train_cache "$dir"
  # The JDK warns at each start about code stubs it could not reuse; only a cache it cannot map is worth a line.
  [ -f "$dir/motcua.aot" ] && launch_cache=(-XX:AOTCache="$dir/motcua.aot" '-Xlog:aot*=error')
  return 0
}

# train_cache DIR: one start of DIR/motcua.jar on a throw-away demo database in DIR/training, the first screens
# asked for as a kiosk, a board and a browser at sign-in would, then an orderly stop: the JVM writes the cache as it
# exits. The training sees none of the caller's environment (profiles, database address): it must never open the
# center's database or devices. A failed training leaves no cache (the next start tries again) and never stops the
# application's start.
train_cache() {
  local dir=$1 work=$1/training pid port
  rm -rf "$work" "$dir/motcua-training.aot"
  mkdir -p "$work"
  echo "Training the start-up cache (once per build, one or two minutes)..."
  (cd "$work" && exec env -i PATH="$PATH" HOME="$HOME" LANG="${LANG:-C.UTF-8}" "$JAVA_HOME/bin/java" \
    "${launch_options[@]}" -XX:AOTCacheOutput="$dir/motcua-training.aot" -jar "$dir/motcua.jar" \
    --spring.profiles.active=default --server.port=0 >"$work/training.log" 2>&1) &
  pid=$!
  if port=$(wait_until_ready "$work/training.log" "$pid" 600); then
    for path in /login /kiosk /display/hall /counter /board /; do
      curl -s -o /dev/null --max-time 30 "http://127.0.0.1:$port$path" 2>/dev/null || true
    done
  fi
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [ -s "$dir/motcua-training.aot" ]; then
    mv "$dir/motcua-training.aot" "$dir/motcua.aot"
    rm -rf "$work"
  else
    echo "The start-up cache could not be trained (see $work/training.log): starting without it." >&2
  fi
}

# wait_until_ready LOG PID SECONDS: waits until the application logging to LOG says it started and its sign-in page
# answers, and prints its port; fails if the process ends or SECONDS pass first.
wait_until_ready() {
  local log=$1 pid=$2 limit=$3 port="" begin=$SECONDS
  while kill -0 "$pid" 2>/dev/null && [ $((SECONDS - begin)) -lt "$limit" ]; do
    [ -n "$port" ] || port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$log" 2>/dev/null | head -n1)
    # Without curl (a minimal machine) the log line alone says ready.
    if [ -n "$port" ] && grep -q 'Started MotCuaApplication' "$log" && { ! command -v curl >/dev/null \
        || curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$port/login"; }; then
      echo "$port"
      return 0
    fi
    sleep 0.05
  done
  return 1
}
