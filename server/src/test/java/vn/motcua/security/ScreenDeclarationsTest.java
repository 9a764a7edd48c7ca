package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every screen says who may open it where it is declared, in words the access check understands: public, a list of
 * {@link Role} names, or a device screen the pairing decides. A misspelt role would otherwise surface only when
 * someone opens the screen.
 */
class ScreenDeclarationsTest {

    private final List<Class<?>> screens = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.motcua").stream()
            .filter(type -> type.isAnnotatedWith(Route.class))
            .map(JavaClass::reflect)
            .<Class<?>>map(type -> type)
            .toList();

    @Test
    void everyScreenDeclaresWhoMayOpenIt() {
        assertThat(screens).hasSizeGreaterThan(15);
        assertThat(screens).allSatisfy(screen -> assertThat(screen.isAnnotationPresent(AnonymousAllowed.class)
                || screen.isAnnotationPresent(RolesAllowed.class) || DeviceScreens.isDeviceScreen(screen))
                .as("%s declares @AnonymousAllowed, @RolesAllowed or is a device screen", screen.getName())
                .isTrue());
    }

    @Test
    void declaredRolesAreTheApplicationsRoles() {
        List<String> roles = Arrays.stream(Role.values()).map(Role::name).toList();
        assertThat(screens).filteredOn(screen -> screen.isAnnotationPresent(RolesAllowed.class))
                .isNotEmpty()
                .allSatisfy(screen -> assertThat(roles).as(screen.getName())
                        .containsAll(Arrays.asList(screen.getAnnotation(RolesAllowed.class).value())));
    }

    @Test
    void noScreenIsBothPublicAndRestricted() {
        assertThat(screens).noneMatch(screen -> screen.isAnnotationPresent(AnonymousAllowed.class)
                && (screen.isAnnotationPresent(RolesAllowed.class) || DeviceScreens.isDeviceScreen(screen)));
    }
}
