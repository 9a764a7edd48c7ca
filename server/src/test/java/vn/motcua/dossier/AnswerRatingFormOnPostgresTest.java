package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link AnswerRatingFormTest}'s rules on a real PostgreSQL server. */
@PostgresServerTest
class AnswerRatingFormOnPostgresTest extends AnswerRatingFormTest {
}
