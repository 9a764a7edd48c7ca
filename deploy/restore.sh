#!/usr/bin/env bash
# Puts a backup of deploy/backup.sh back (deploy/README.md, "Restore"). Stop the server first:
#   systemctl stop motcua   (or: docker compose stop server)
# Usage: deploy/restore.sh FILE
#   FILE.dump (PostgreSQL): pg_restore --clean into DATABASE_URL's database; everything in it is replaced.
#   FILE.zip  (H2): the current file moves aside (motcua.mv.db.before-restore-<time>), the backup's takes its place
#                   in MOTCUA_DATA_DIRECTORY (default /var/lib/motcua/data).
# Settings as for backup.sh (environment or /etc/motcua/env).
set -euo pipefail
file=${1:?usage: restore.sh BACKUP-FILE (.dump for PostgreSQL, .zip for H2)}
[ -r "$file" ] || { echo "No such backup: $file" >&2; exit 2; }
if [ -r /etc/motcua/env ] && [ -z "${MOTCUA_ENV_READ:-}" ]; then
  set -a; . /etc/motcua/env; set +a
fi
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet motcua 2>/dev/null; then
  echo "The server is running: systemctl stop motcua first." >&2; exit 3
fi

case "$file" in
  *.dump)
    url=${DATABASE_URL:?DATABASE_URL is not set}
    url=${url#jdbc:}
    PGPASSWORD=${DATABASE_PASSWORD:-} pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction \
      --exit-on-error --username="${DATABASE_USER:-motcua}" --dbname="$url" "$file"
    ;;
  *.zip)
    data=${MOTCUA_DATA_DIRECTORY:-/var/lib/motcua/data}
    mkdir -p "$data"
    work=$(mktemp -d "$data/.restore.XXXXXX")
    trap 'rm -rf "$work"' EXIT
    # Unpacked beside the data first: a broken zip leaves the current database untouched.
    (cd "$work" && "${JAVA_HOME:+$JAVA_HOME/bin/}jar" xf "$(readlink -f "$file")" 2>/dev/null || unzip -q "$(readlink -f "$file")")
    db=$(find "$work" -maxdepth 1 -name '*.mv.db' | head -n1)
    [ -n "$db" ] || { echo "No H2 database (*.mv.db) in $file" >&2; exit 1; }
    name=$(basename "$db")
    if [ -e "$data/$name" ]; then
      mv "$data/$name" "$data/$name.before-restore-$(date +%Y%m%d-%H%M%S)"
    fi
    mv "$db" "$data/$name"
    [ "$(id -u)" != 0 ] || chown --reference="$data" "$data/$name"
    ;;
  *)
    echo "Unknown backup kind (want .dump or .zip): $file" >&2; exit 2 ;;
esac
echo "Restored $file"
