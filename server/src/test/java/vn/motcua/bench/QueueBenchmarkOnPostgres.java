package vn.motcua.bench;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import vn.motcua.postgres.PostgresServerTest;

/** {@link QueueBenchmark}'s figures on a real PostgreSQL server (./bench.sh queue postgresql). */
@PostgresServerTest
@EnabledIfSystemProperty(named = "bench", matches = "queue")
class QueueBenchmarkOnPostgres extends QueueBenchmark {
}
