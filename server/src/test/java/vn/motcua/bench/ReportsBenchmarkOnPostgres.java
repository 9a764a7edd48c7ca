package vn.motcua.bench;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.motcua.postgres.PostgresServerTest;

/** {@link ReportsBenchmark}'s figures on a real PostgreSQL server (./bench.sh reports postgresql), the year written anew. */
@PostgresServerTest
@EnabledIfSystemProperty(named = "bench", matches = "reports")
class ReportsBenchmarkOnPostgres extends ReportsBenchmark {
}
