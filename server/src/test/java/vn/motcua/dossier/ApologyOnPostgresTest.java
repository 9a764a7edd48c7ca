package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link ApologyTest}'s rules on a real PostgreSQL server. */
@PostgresServerTest
class ApologyOnPostgresTest extends ApologyTest {
}
