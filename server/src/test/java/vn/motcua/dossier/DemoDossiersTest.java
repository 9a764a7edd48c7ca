package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.motcua.ServerTest;

/**
 * The demo center's dossiers as the demo migration leaves them. A database of its own (the property makes a Spring
 * context of its own, and each context a fresh database), since other dossier tests clear the dossier tables.
 */
@ServerTest
@TestPropertySource(properties = "motcua.test.database=demo-dossiers")
class DemoDossiersTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemoCenterHasDossiersFromTheProvinceEachWithItsImport() {
        String demo = "000.00.23.H22-%";

        assertThat(jdbc.sql("select count(*) from dossier where code like ? and source = 'PROVINCE' and center_id = 1 "
                + "and unit_id is not null and length(tracking_token) = 22").param(demo).query(Long.class).single())
                .isEqualTo(25);
        assertThat(jdbc.sql("select count(distinct tracking_token) from dossier where code like ? and source = 'PROVINCE'")
                .param(demo)
                .query(Long.class).single()).isEqualTo(25);
        assertThat(jdbc.sql("select count(*) from dossier where code like ? and unit_name is null").param(demo)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from dossier_event e join dossier d on d.id = e.dossier_id "
                + "where d.code like ? and e.kind = 'IMPORTED' and e.actor = 'import'").param(demo)
                .query(Long.class).single()).isEqualTo(25);
    }
}
