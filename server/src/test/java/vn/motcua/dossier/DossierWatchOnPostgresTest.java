package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link DossierWatchTest} on a real PostgreSQL server, where row locks and READ COMMITTED are its own. */
@PostgresServerTest
class DossierWatchOnPostgresTest extends DossierWatchTest {
}
