package vn.motcua.queue;

import vn.motcua.postgres.PostgresServerTest;

/** {@link QueueAtScaleTest}'s scenarios on a real PostgreSQL server. */
@PostgresServerTest
class QueueAtScaleOnPostgresTest extends QueueAtScaleTest {
}
