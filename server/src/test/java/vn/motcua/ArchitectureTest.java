package vn.motcua;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The arrows point one way: server -> kiosk-ui, counter-ui, device-drivers; never back. */
class ArchitectureTest {

    private static final String[] SERVER_PACKAGES = {"vn.motcua.center..", "vn.motcua.queue..", "vn.motcua.officer..",
        "vn.motcua.rating..", "vn.motcua.report..", "vn.motcua.device..", "vn.motcua.screens..", "vn.motcua.live..",
        "vn.motcua.i18n..", "vn.motcua.security..", "vn.motcua.audit..", "vn.motcua.api.."};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.motcua");

    @Test
    void deviceDriversUseNeitherSpringNorVaadinNorTheApplication() {
        noClasses().that().resideInAPackage("vn.motcua.devices..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.vaadin..",
                        "vn.motcua.kiosk..", "vn.motcua.counter..")
                .orShould().dependOnClassesThat().resideInAnyPackage(SERVER_PACKAGES)
                .check(classes);
    }

    @Test
    void uiModulesKnowOnlyTheirOwnPorts() {
        noClasses().that().resideInAnyPackage("vn.motcua.kiosk..", "vn.motcua.counter..")
                .should().dependOnClassesThat().resideInAnyPackage(SERVER_PACKAGES)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "vn.motcua.devices..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.motcua.kiosk..")
                .should().dependOnClassesThat().resideInAPackage("vn.motcua.counter..")
                .check(classes);
        noClasses().that().resideInAPackage("vn.motcua.counter..")
                .should().dependOnClassesThat().resideInAPackage("vn.motcua.kiosk..")
                .check(classes);
    }

    @Test
    void serverFeaturePackagesHaveNoCycles() {
        // The UI modules and device-drivers are libraries with their own rules above; Modulith checks the server's features.
        ApplicationModules.of(MotCuaApplication.class,
                JavaClass.Predicates.resideInAnyPackage("vn.motcua.devices..", "vn.motcua.kiosk..", "vn.motcua.counter.."))
                .verify();
    }
}
