package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link ViolationRegisterTest}'s rules on a real PostgreSQL server. */
@PostgresServerTest
class ViolationRegisterOnPostgresTest extends ViolationRegisterTest {
}
