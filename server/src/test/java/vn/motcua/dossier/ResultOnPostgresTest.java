package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link ResultTest}'s rules on a real PostgreSQL server. */
@PostgresServerTest
class ResultOnPostgresTest extends ResultTest {
}
