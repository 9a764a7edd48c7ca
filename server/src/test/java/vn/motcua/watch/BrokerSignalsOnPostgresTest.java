package vn.motcua.watch;

import vn.motcua.postgres.PostgresServerTest;

/** {@link BrokerSignalsTest} on a real PostgreSQL server: the same SQL on the production database. */
@PostgresServerTest
class BrokerSignalsOnPostgresTest extends BrokerSignalsTest {
}
