package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link DemoDossiersTest} on a real PostgreSQL server. */
@PostgresServerTest
class DemoDossiersOnPostgresTest extends DemoDossiersTest {
}
