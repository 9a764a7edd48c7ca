package vn.motcua.queue;

import vn.motcua.postgres.PostgresServerTest;

/** {@link CounterSetupTest} on a real PostgreSQL server. */
@PostgresServerTest
class CounterSetupOnPostgresTest extends CounterSetupTest {
}
