package vn.motcua.queue;

import vn.motcua.postgres.PostgresServerTest;

/** {@link CallNextTicketTest}'s scenarios on a real PostgreSQL server. */
@PostgresServerTest
class CallNextTicketOnPostgresTest extends CallNextTicketTest {
}
