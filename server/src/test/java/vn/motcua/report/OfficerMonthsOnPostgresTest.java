package vn.motcua.report;

import vn.motcua.postgres.PostgresServerTest;

/** {@link OfficerMonthsTest} on a real PostgreSQL server: the same grouped SQL on the production database. */
@PostgresServerTest
class OfficerMonthsOnPostgresTest extends OfficerMonthsTest {
}
