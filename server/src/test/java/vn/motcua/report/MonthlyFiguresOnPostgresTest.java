package vn.motcua.report;

import vn.motcua.postgres.PostgresServerTest;

/** {@link MonthlyFiguresTest} on a real PostgreSQL server: the same grouped SQL on the production database. */
@PostgresServerTest
class MonthlyFiguresOnPostgresTest extends MonthlyFiguresTest {
}
