package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link ReceptionTest}'s rules on a real PostgreSQL server. */
@PostgresServerTest
class ReceptionOnPostgresTest extends ReceptionTest {
}
