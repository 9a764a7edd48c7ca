package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link ExplanationsTest}'s rules on a real PostgreSQL server. */
@PostgresServerTest
class ExplanationsOnPostgresTest extends ExplanationsTest {
}
