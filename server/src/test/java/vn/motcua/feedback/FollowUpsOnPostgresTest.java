package vn.motcua.feedback;

import vn.motcua.postgres.PostgresServerTest;

/** {@link FollowUpsTest}'s rules on a real PostgreSQL server. */
@PostgresServerTest
class FollowUpsOnPostgresTest extends FollowUpsTest {
}
