package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.archfixture.counter.CounterScreenPort;
import vn.motcua.archfixture.counter.CounterUsingSpring;
import vn.motcua.archfixture.devices.DriverReadingTheQueue;
import vn.motcua.archfixture.devices.DriverUsingSpring;
import vn.motcua.archfixture.devices.DriverUsingVaadin;
import vn.motcua.archfixture.devices.SerialDriver;
import vn.motcua.archfixture.kiosk.KioskReadingTheQueue;
import vn.motcua.archfixture.kiosk.KioskUsingTheCounterUi;
import vn.motcua.archfixture.kiosk.TicketsPort;
import vn.motcua.archfixture.queue.QueueFacts;
import vn.motcua.archfixture.report.ReportReadingQueueInternal;
import vn.motcua.archfixture.screens.BoardReadingRepository;
import vn.motcua.archfixture.screens.BoardUsingServices;
import vn.motcua.archfixture.screens.KioskAdapterWithEntityManager;

/** Each house rule fails when the rule is broken on purpose (the fixtures under vn.motcua.archfixture), and only then. */
class ArchitectureRulesCatchViolationsTest {

    private static final HouseRules FIXTURE_RULES = new HouseRules("vn.motcua.archfixture");

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("vn.motcua.archfixture");

    @Test
    void aViewOrPortAdapterUsingARepositoryIsReported() {
        assertReports(FIXTURE_RULES.viewsAndPortAdaptersUseNoRepository(), "a view or a port adapter never uses a repository",
                new Class<?>[] {BoardReadingRepository.class, KioskAdapterWithEntityManager.class},
                new Class<?>[] {BoardUsingServices.class});
    }

    @Test
    void aModuleReachingIntoAnothersInternalIsReported() {
        assertReports(FIXTURE_RULES.noModuleReachesIntoAnotherModulesInternal(),
                "no module reaches into another module's internal package",
                new Class<?>[] {ReportReadingQueueInternal.class}, new Class<?>[] {QueueFacts.class});
    }

    @Test
    void aUiModuleImportingTheServerOrTheOtherUiModuleIsReported() {
        assertReports(FIXTURE_RULES.uiModulesDependOnNothingOfTheServer(),
                "a UI module depends on nothing of the server nor of the other UI module",
                new Class<?>[] {KioskReadingTheQueue.class, KioskUsingTheCounterUi.class, CounterUsingSpring.class},
                new Class<?>[] {TicketsPort.class, CounterScreenPort.class});
    }

    @Test
    void aDriverUsingSpringVaadinOrTheApplicationIsReported() {
        assertReports(FIXTURE_RULES.deviceDriversUseNeitherSpringNorVaadinNorTheApplication(),
                "device-drivers uses neither Spring nor Vaadin nor any other module of the project",
                new Class<?>[] {DriverUsingSpring.class, DriverUsingVaadin.class, DriverReadingTheQueue.class},
                new Class<?>[] {SerialDriver.class});
    }

    @Test
    void aMainSourceFileOf300LinesIsReported(@TempDir Path project) throws IOException {
        Path sources = Files.createDirectories(project.resolve("kiosk-ui/src/main/java/vn/motcua/kiosk"));
        Files.write(sources.resolve("LongView.java"), Collections.nCopies(300, "//"));
        Files.write(sources.resolve("ShortView.java"), Collections.nCopies(299, "//"));
        Path tests = Files.createDirectories(project.resolve("kiosk-ui/src/test/java/vn/motcua/kiosk"));
        Files.write(tests.resolve("LongViewTest.java"), Collections.nCopies(400, "//"));

        assertThat(HouseRules.mainSourcesTooLong(project))
                .containsExactly(Path.of("kiosk-ui/src/main/java/vn/motcua/kiosk/LongView.java") + " (300 lines)");
    }

    private void assertReports(ArchRule rule, String name, Class<?>[] breaking, Class<?>[] keeping) {
        var failure = assertThatThrownBy(() -> rule.check(FIXTURES)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Rule '" + name);
        for (Class<?> fixture : breaking) {
            failure.hasMessageContaining(fixture.getName()).hasMessageContaining("(" + fixture.getSimpleName() + ".java:");
        }
        for (Class<?> fixture : keeping) {
            // A violation names where it is in its source: "in (Origin.java:12)"; being depended on is no violation.
            failure.message().doesNotContain("(" + fixture.getSimpleName() + ".java:");
        }
    }
}
