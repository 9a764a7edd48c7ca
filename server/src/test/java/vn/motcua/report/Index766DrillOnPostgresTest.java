package vn.motcua.report;

import vn.motcua.postgres.PostgresServerTest;

/** {@link Index766DrillTest} on a real PostgreSQL server: the same SQL on the production database. */
@PostgresServerTest
class Index766DrillOnPostgresTest extends Index766DrillTest {
}
