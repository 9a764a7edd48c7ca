package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link ImportProvinceLogTest}'s scenarios on a real PostgreSQL server. */
@PostgresServerTest
class ImportProvinceLogOnPostgresTest extends ImportProvinceLogTest {
}
