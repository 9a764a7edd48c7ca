package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link SupplementTest}'s rules on a real PostgreSQL server. */
@PostgresServerTest
class SupplementOnPostgresTest extends SupplementTest {
}
