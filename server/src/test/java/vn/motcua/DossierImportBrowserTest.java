package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.dossier.ProvinceLogFiles;
import vn.motcua.security.DemoAccess;

/**
 * The director imports the province's dossier log in real Chromium: a file with faulty lines shows each line and its
 * reason and writes nothing; the corrected file shows the counts, and the start page leads to the screen.
 */
@BrowserTest
class DossierImportBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void chromiumIsInstalled() {
        Browser.requireChromium();
    }

    @Test
    void theDirectorSeesEachFaultyLineThenImportsTheCorrectedFile() throws IOException {
        String agency = ProvinceLogFiles.agency();
        Path faulty = file("hoso-loi.csv", ProvinceLogFiles.csv(
                agency + "-261201-0001,1.001193,Nguyễn Thị An,0912345678,20261201080500,20261202160000,2,,,TP",
                agency + "-261201-0002,1.004194,Trần Văn Bình,0912345678,20261201,20261215160000,2,,,KT",
                agency + "-261201-0003,1.000894,,09x,20261201090000,20261130160000,4,,,TP"));
        Path corrected = file("hoso.csv", ProvinceLogFiles.BOM + ProvinceLogFiles.firstLog(agency));

        try (Browser director = Browser.start("import", "http://localhost:" + port, 1366, 900)) {
            director.signIn("giamdoc", DemoAccess.PASSWORD);
            director.waitForPageText("Nhập hồ sơ từ hệ thống của tỉnh");
            director.click(By.cssSelector("a[href='/admin/dossiers/import']"));
            director.waitForPageText("Nhập hồ sơ từ hệ thống một cửa của tỉnh");

            choose(director, faulty);
            director.waitForText(By.id("import-result"), "Chưa ghi hồ sơ nào: tệp có 2 dòng sai.");
            director.waitForText(By.id("import-problems"), "Cột NgayTiepNhan: \"20261201\" không phải ngày giờ");
            director.waitForText(By.id("import-problems"), "Thiếu giá trị ở cột ChuHoSo");
            director.waitForText(By.id("import-problems"), "Ngày hẹn trả (NgayHenTra) trước ngày tiếp nhận");
            director.screenshot("dossier-import-faulty");
            assertThat(dossiers(agency)).isZero();

            choose(director, corrected);
            director.waitForText(By.id("import-result"),
                    "Đã nhập: 3 hồ sơ mới, 0 hồ sơ cập nhật, 0 hồ sơ không đổi.");
            director.screenshot("dossier-import-written");
            assertThat(dossiers(agency)).isEqualTo(3);
            assertThat(director.find(By.id("import-problems")).isDisplayed()).isFalse();
        }
    }

    @Test
    void anOfficerCannotOpenTheImport() {
        try (Browser officer = Browser.start("officer-import", "http://localhost:" + port, 1366, 768)) {
            officer.signIn("CB01", DemoAccess.PASSWORD);
            officer.open("/admin/dossiers/import");
            assertThat(officer.all(By.id("dossier-upload"))).isEmpty();
        }
    }

    /** Picks the file in the upload's file chooser, as the "Chọn tệp…" button would. */
    private static void choose(Browser browser, Path file) {
        browser.find(By.id("dossier-upload")).getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    private long dossiers(String agency) {
        return jdbc.sql("select count(*) from dossier where code like ?").param(agency + "-%").query(Long.class).single();
    }

    private static Path file(String name, String text) throws IOException {
        Path directory = Files.createTempDirectory("motcua-import-");
        return Files.writeString(directory.resolve(name), text);
    }
}
