/**
 * Backups of the embedded H2 database while the server runs (deploy/backup.sh asks for one); PostgreSQL is backed up
 * by pg_dump from outside, and both are restored with deploy/restore.sh while the server is stopped.
 */
package vn.motcua.backup;
