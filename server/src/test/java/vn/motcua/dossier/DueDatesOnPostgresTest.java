package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link DueDatesTest}'s calendar table on a real PostgreSQL server. */
@PostgresServerTest
class DueDatesOnPostgresTest extends DueDatesTest {
}
