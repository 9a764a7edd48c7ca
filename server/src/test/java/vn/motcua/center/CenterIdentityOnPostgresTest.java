package vn.motcua.center;

import vn.motcua.postgres.PostgresServerTest;

/** {@link CenterIdentityTest}'s rules on a real PostgreSQL server. */
@PostgresServerTest
class CenterIdentityOnPostgresTest extends CenterIdentityTest {
}
