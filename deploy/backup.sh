#!/usr/bin/env bash
# Backs up one center's database (deploy/README.md, "Backups"); run by motcua-backup.timer every night.
#   PostgreSQL (DATABASE_URL=jdbc:postgresql://...): pg_dump -Fc, from outside, while the server runs.
#   H2 (no DATABASE_URL): the server holds the file's lock, so it writes the copy itself (POST /actuator/backup with
#   MOTCUA_BACKUP_TOKEN) into its MOTCUA_BACKUP_DIRECTORY.
# Settings come from the environment or /etc/motcua/env: DATABASE_URL, DATABASE_USER, DATABASE_PASSWORD,
# MOTCUA_BACKUP_DIRECTORY (default /var/backups/motcua), MOTCUA_BACKUP_TOKEN, MOTCUA_SERVER (default
# http://localhost:8080), MOTCUA_BACKUP_KEEP_DAYS (default 30: older backups are deleted).
# Prints the backup's file name on the last line; exits non-zero when no backup was written.
set -euo pipefail
if [ -r /etc/motcua/env ] && [ -z "${MOTCUA_ENV_READ:-}" ]; then
  set -a; . /etc/motcua/env; set +a
fi
dir=${MOTCUA_BACKUP_DIRECTORY:-/var/backups/motcua}
keep=${MOTCUA_BACKUP_KEEP_DAYS:-30}
stamp=$(TZ=Asia/Ho_Chi_Minh date +%Y%m%d-%H%M%S)
mkdir -p "$dir"

case "${DATABASE_URL:-}" in
  jdbc:postgresql:*)
    # jdbc:postgresql://host:port/db is a libpq address once "jdbc:" is dropped.
    url=${DATABASE_URL#jdbc:}
    file="$dir/motcua-pg-$stamp.dump"
    PGPASSWORD=${DATABASE_PASSWORD:-} pg_dump --format=custom --no-owner --no-privileges \
      --username="${DATABASE_USER:-motcua}" --file="$file.part" --dbname="$url"
    mv "$file.part" "$file"
    ;;
  ""|jdbc:h2:*)
    server=${MOTCUA_SERVER:-http://localhost:8080}
    [ -n "${MOTCUA_BACKUP_TOKEN:-}" ] || { echo "MOTCUA_BACKUP_TOKEN is not set (also in the server's environment)" >&2; exit 2; }
    answer=$(curl -sS --fail-with-body --max-time 600 -X POST -H "Authorization: Bearer $MOTCUA_BACKUP_TOKEN" \
      "$server/actuator/backup") || { echo "The server refused or failed the backup: $answer" >&2; exit 1; }
    file=$(printf '%s' "$answer" | sed -n 's/.*"file":"\([^"]*\)".*/\1/p')
    [ -n "$file" ] || { echo "Unexpected answer: $answer" >&2; exit 1; }
    ;;
  *)
    echo "DATABASE_URL is neither PostgreSQL nor H2: $DATABASE_URL" >&2; exit 2 ;;
esac

# Old backups go; the newest is always kept, however old.
find "$dir" -maxdepth 1 -type f \( -name 'motcua-pg-*.dump' -o -name 'motcua-h2-*.zip' \) -mtime +"$keep" \
  ! -newer "$file" ! -samefile "$file" -delete 2>/dev/null || true
echo "$file"
