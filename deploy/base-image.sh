#!/usr/bin/env bash
# Makes the container's base image as a tar (docker save format) without a daemon or a registry:
# a jlink'ed JRE from the build machine's JDK (>= 25, under /opt/java), the C libraries it links (found by ldd),
# /tmp (jSerialComm unpacks its native library there), fontconfig with DejaVu fonts, and a "motcua" user (uid 10001) with its data folder.
# Usage: deploy/base-image.sh OUTPUT.tar   (JAVA_HOME: the JDK to link from; find-java.sh finds one)
set -euo pipefail
out=${1:?usage: base-image.sh OUTPUT.tar}
here=$(cd "$(dirname "$0")" && pwd)
. "$here/find-java.sh"
# What Spring Boot, Hibernate, Vaadin, H2, PostgreSQL's driver, AWT (ticket images, PDF) and JMX need; Vietnamese
# dates need jdk.localedata; jdk.unsupported is sun.misc.Unsafe for the libraries that still use it.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,\
java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,\
jdk.charsets,jdk.crypto.cryptoki,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs,\
jdk.jfr,jdk.management.jfr

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root=$work/rootfs
mkdir -p "$root/opt" "$root/etc" "$root/tmp" "$root/var/lib/motcua" "$root/app"
"$JAVA_HOME/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --output "$root/opt/java" 2>&1 | grep -v "^$" || true
[ -x "$root/opt/java/bin/java" ] || { echo "jlink failed" >&2; exit 1; }

# Every shared library the JRE's binaries and libraries need, at the same path as on this machine, and the loader.
# Debian 12 links /lib and /lib64 to /usr: the image does the same, so both paths find the libraries.
mkdir -p "$root/usr/lib" "$root/usr/lib64"
ln -s usr/lib "$root/lib"
ln -s usr/lib64 "$root/lib64"
# Fontconfig is opened by the JRE at run time (dlopen, unseen by ldd): the ticket's raster image is drawn in
# DejaVu Sans, found through it (.ci/run installs fontconfig and fonts-dejavu-core on the build machine).
fontconfig=$(ldconfig -p | awk '/libfontconfig\.so\.1 .*x86-64/{print $NF; exit}')
[ -n "$fontconfig" ] && [ -d /usr/share/fonts/truetype/dejavu ] \
  || { echo "Install fontconfig and fonts-dejavu-core first (apt-get install -y fontconfig fonts-dejavu-core)" >&2; exit 1; }
libs=$( { find "$root/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; ; ldd "$fontconfig"; \
  echo " $fontconfig => $fontconfig (0x0)"; } 2>/dev/null | awk '/=> \//{print $3} /^\t\/.*ld-linux/{print $1}' | sort -u)
for lib in $libs /lib64/ld-linux-x86-64.so.2; do
  [ -e "$lib" ] || continue
  real=$(readlink -f "$lib")
  mkdir -p "$root$(dirname "$real")" "$root$(dirname "$lib")"
  [ -e "$root$real" ] || cp "$real" "$root$real"
  [ -e "$root$lib" ] || ln -s "$real" "$root$lib"
done
mkdir -p "$root/usr/share/fonts/truetype"
cp -rL /etc/fonts "$root/etc/fonts"
cp -r /usr/share/fonts/truetype/dejavu "$root/usr/share/fonts/truetype/dejavu"

# The container's health check, compiled here: the image has no shell, curl nor compiler.
mkdir -p "$root/opt/motcua"
"$JAVA_HOME/bin/javac" --release 21 -d "$root/opt/motcua" "$here/image/HealthCheck.java"
printf 'root:x:0:0:root:/root:/sbin/nologin\nmotcua:x:10001:10001:motcua:/var/lib/motcua:/sbin/nologin\n' > "$root/etc/passwd"
printf 'root:x:0:\nmotcua:x:10001:\n' > "$root/etc/group"
printf 'hosts: files dns\n' > "$root/etc/nsswitch.conf"

# One layer, reproducible: fixed owners and times, sorted names.
layer=$work/layer.tar
tar --sort=name --mtime='2026-01-01 00:00:00' --owner=0 --group=0 --numeric-owner -C "$root" -cf "$layer" \
  --exclude=./var/lib/motcua --exclude=./tmp .
tar --mtime='2026-01-01 00:00:00' --numeric-owner --owner=10001 --group=10001 -C "$root" -rf "$layer" \
  ./var/lib/motcua
tar --mtime='2026-01-01 00:00:00' --numeric-owner --owner=0 --group=0 --mode=1777 --no-recursion -C "$root" \
  -rf "$layer" ./tmp
diff=$(sha256sum "$layer" | cut -d' ' -f1)
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","created":"2026-01-01T00:00:00Z",
 "config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java"],"User":"10001:10001"},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff"]},
 "history":[{"created":"2026-01-01T00:00:00Z","created_by":"deploy/base-image.sh: jlink $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | tr -d '"')"}]}
JSON
mv "$layer" "$work/$diff.tar"
printf '[{"Config":"config.json","RepoTags":["motcua-base:latest"],"Layers":["%s.tar"]}]\n' "$diff" > "$work/manifest.json"
mkdir -p "$(dirname "$out")"
tar --sort=name --mtime='2026-01-01 00:00:00' --owner=0 --group=0 --numeric-owner -C "$work" \
  -cf "$out" manifest.json config.json "$diff.tar"
echo "Base image: $out ($(du -h "$out" | cut -f1), JRE $(du -sh "$root/opt/java" | cut -f1))"
