package vn.motcua.calendar;

import vn.motcua.postgres.PostgresServerTest;

/** {@link CalendarEditsTest} on a real PostgreSQL server: the same edits, audit and import on the production database. */
@PostgresServerTest
class CalendarEditsOnPostgresTest extends CalendarEditsTest {
}
