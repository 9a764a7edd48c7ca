package vn.motcua.catalogue;

import vn.motcua.postgres.PostgresServerTest;

/** {@link DemoCatalogueTest} on a real PostgreSQL server: the demo migration runs there unchanged. */
@PostgresServerTest
class DemoCatalogueOnPostgresTest extends DemoCatalogueTest {
}
