package vn.motcua.queue;

import vn.motcua.postgres.PostgresServerTest;

/** {@link QueueRulesTest}'s scenarios on a real PostgreSQL server. */
@PostgresServerTest
class QueueRulesOnPostgresTest extends QueueRulesTest {
}
