package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link DossierReadsTest}'s scenarios on a real PostgreSQL server. */
@PostgresServerTest
class DossierReadsOnPostgresTest extends DossierReadsTest {
}
