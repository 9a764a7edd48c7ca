package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link HandOffTest}'s rules on a real PostgreSQL server. */
@PostgresServerTest
class HandOffOnPostgresTest extends HandOffTest {
}
