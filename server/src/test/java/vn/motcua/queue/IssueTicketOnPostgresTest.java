package vn.motcua.queue;

import vn.motcua.postgres.PostgresServerTest;

/** {@link IssueTicketTest}'s scenarios on a real PostgreSQL server. */
@PostgresServerTest
class IssueTicketOnPostgresTest extends IssueTicketTest {
}
