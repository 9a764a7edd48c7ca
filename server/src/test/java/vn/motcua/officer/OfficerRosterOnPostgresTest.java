package vn.motcua.officer;

import vn.motcua.postgres.PostgresServerTest;

/** {@link OfficerRosterTest}'s rules on a real PostgreSQL server (the V20 column, case-blind codes, heads). */
@PostgresServerTest
class OfficerRosterOnPostgresTest extends OfficerRosterTest {
}
