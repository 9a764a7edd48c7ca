package vn.motcua.catalogue;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Takes away what the admin tests added (codes T18..., counters 90 to 99), so other tests see the demo catalogue. */
public final class CatalogueRowsOfTests {

    private CatalogueRowsOfTests() {
    }

    public static void remove(JdbcClient jdbc) {
        jdbc.sql("delete from counter_service where counter_id in (select id from counter where number between 90 and 99)"
                + " or service_id in (select id from center_service where code like 'T18%')").update();
        jdbc.sql("delete from counter where number between 90 and 99").update();
        jdbc.sql("delete from procedure_document where procedure_id in"
                + " (select id from admin_procedure where code like 'T18%')").update();
        jdbc.sql("delete from procedure_step where procedure_id in (select id from admin_procedure where code like 'T18%')")
                .update();
        jdbc.sql("delete from admin_procedure where code like 'T18%'").update();
        jdbc.sql("delete from center_service where code like 'T18%'").update();
        jdbc.sql("delete from service_field where code like 'T18%'").update();
    }
}
