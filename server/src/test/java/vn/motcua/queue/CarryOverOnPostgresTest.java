package vn.motcua.queue;

import vn.motcua.postgres.PostgresServerTest;

/** {@link CarryOverTest}'s scenarios on a real PostgreSQL server. */
@PostgresServerTest
class CarryOverOnPostgresTest extends CarryOverTest {
}
