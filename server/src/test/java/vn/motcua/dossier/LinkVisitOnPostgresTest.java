package vn.motcua.dossier;

import vn.motcua.postgres.PostgresServerTest;

/** {@link LinkVisitTest}'s rules on a real PostgreSQL server. */
@PostgresServerTest
class LinkVisitOnPostgresTest extends LinkVisitTest {
}
