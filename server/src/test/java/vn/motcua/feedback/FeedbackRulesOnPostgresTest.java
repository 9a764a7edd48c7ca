package vn.motcua.feedback;

import vn.motcua.postgres.PostgresServerTest;

/** {@link FeedbackRulesTest}'s rules on a real PostgreSQL server. */
@PostgresServerTest
class FeedbackRulesOnPostgresTest extends FeedbackRulesTest {
}
