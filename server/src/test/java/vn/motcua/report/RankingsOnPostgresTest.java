package vn.motcua.report;

import vn.motcua.postgres.PostgresServerTest;

/** {@link RankingsTest} on a real PostgreSQL server: the same SQL, and the demo's rankings migration, there too. */
@PostgresServerTest
class RankingsOnPostgresTest extends RankingsTest {
}
