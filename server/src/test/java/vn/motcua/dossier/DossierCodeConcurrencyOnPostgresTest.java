package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link DossierCodeConcurrencyTest} on a real PostgreSQL server, where row locks and READ COMMITTED are its own. */
@PostgresServerTest
class DossierCodeConcurrencyOnPostgresTest extends DossierCodeConcurrencyTest {
}
