package vn.motcua.device;

import vn.motcua.postgres.PostgresServerTest;

/** {@link DeviceMapTest} on a real PostgreSQL server: the map's seed, constraints and audit on the production database. */
@PostgresServerTest
class DeviceMapOnPostgresTest extends DeviceMapTest {
}
