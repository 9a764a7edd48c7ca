package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The arrows point one way: server -> kiosk-ui, counter-ui, device-drivers; never back. The rules are
 * {@link HouseRules}; {@code ArchitectureRulesCatchViolationsTest} shows each of them failing on purpose.
 */
class ArchitectureTest {

    /** Imported once for all the rules: the product's classes of every module, no test classes. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.motcua");

    @Test
    void theRulesLookAtTheProductOnly() {
        assertThat(CLASSES.stream().map(JavaClass::getName))
                .as("production classes of every module").contains(MotCuaApplication.class.getName())
                .anyMatch(name -> name.startsWith("vn.motcua.kiosk."))
                .anyMatch(name -> name.startsWith("vn.motcua.counter."))
                .anyMatch(name -> name.startsWith("vn.motcua.devices."))
                .noneMatch(name -> name.startsWith("vn.motcua.archfixture."));
    }

    @Test
    void viewsAndPortAdaptersUseNoRepository() {
        HouseRules.PRODUCT.viewsAndPortAdaptersUseNoRepository().check(CLASSES);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternal() {
        HouseRules.PRODUCT.noModuleReachesIntoAnotherModulesInternal().check(CLASSES);
    }

    @Test
    void uiModulesDependOnNothingOfTheServer() {
        HouseRules.PRODUCT.uiModulesDependOnNothingOfTheServer().check(CLASSES);
    }

    @Test
    void deviceDriversUseNeitherSpringNorVaadinNorTheApplication() {
        HouseRules.PRODUCT.deviceDriversUseNeitherSpringNorVaadinNorTheApplication().check(CLASSES);
    }

    @Test
    void serverFeaturePackagesHaveNoCyclesAndKeepTheirInsides() {
        // The UI modules and device-drivers are libraries with their own rules above; Modulith checks the server's features.
        ApplicationModules.of(MotCuaApplication.class,
                JavaClass.Predicates.resideInAnyPackage("vn.motcua.devices..", "vn.motcua.kiosk..", "vn.motcua.counter.."))
                .verify();
    }

    @Test
    void everyMainSourceFileIsUnder300Lines() {
        assertThat(HouseRules.mainSourcesTooLong(project())).as("main source files of %d lines or more",
                HouseRules.MOST_LINES).isEmpty();
    }

    /** The project's root: tests run in the server module's directory. */
    private static Path project() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.isDirectory(here.resolve("device-drivers"))) {
            here = here.getParent();
        }
        assertThat(here).as("the project directory above the working directory").isNotNull();
        return here;
    }
}
