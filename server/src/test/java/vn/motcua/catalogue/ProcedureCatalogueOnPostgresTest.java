package vn.motcua.catalogue;

import vn.motcua.postgres.PostgresServerTest;

/** {@link ProcedureCatalogueTest} on a real PostgreSQL server: papers and steps rewritten, the time's check holds. */
@PostgresServerTest
class ProcedureCatalogueOnPostgresTest extends ProcedureCatalogueTest {
}
