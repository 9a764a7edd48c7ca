package vn.motcua.catalogue;

import vn.motcua.postgres.PostgresServerTest;

/** {@link FieldsAndServicesTest} on a real PostgreSQL server: the letter's case-blind check and the retired flag. */
@PostgresServerTest
class FieldsAndServicesOnPostgresTest extends FieldsAndServicesTest {
}
