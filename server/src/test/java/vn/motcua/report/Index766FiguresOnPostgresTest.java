package vn.motcua.report;

import vn.motcua.postgres.PostgresServerTest;

/** {@link Index766FiguresTest} on a real PostgreSQL server: the same SQL on the production database. */
@PostgresServerTest
class Index766FiguresOnPostgresTest extends Index766FiguresTest {
}
