package vn.motcua;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.repository.Repository;

/**
 * The house rules of ARCHITECTURE.md as named ArchUnit rules, for a code base rooted at one package: the product's
 * ({@link #PRODUCT}), or the deliberately broken fixtures' that prove each rule can fail.
 */
record HouseRules(String root) {

    /** The product: every module under vn.motcua. */
    static final HouseRules PRODUCT = new HouseRules("vn.motcua");
    /** What a UI module may use besides itself: the JDK and the UI libraries, so nothing of the server. */
    static final List<String> UI_LIBRARIES = List.of("java..", "com.vaadin..", "jakarta.annotation..",
            "jakarta.servlet..", "com.google.zxing..", "org.slf4j..", "elemental..");
    /** A main source file must stay below this many lines. */
    static final int MOST_LINES = 300;

    /** Rule a: screens talk to application services only. */
    ArchRule viewsAndPortAdaptersUseNoRepository() {
        DescribedPredicate<JavaClass> viewsAndAdapters = DescribedPredicate.describe(
                "are views (@Route, or Vaadin components in " + root + ".screens) or implement a UI module's port",
                type -> isViewOrPortAdapter(type) || type.getEnclosingClass().map(this::isViewOrPortAdapter).orElse(false));
        return noClasses().that(viewsAndAdapters)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .as("a view or a port adapter never uses a repository")
                .because("views and port adapters only talk to application services (ARCHITECTURE.md)");
    }

    /** Rule b: a module's internal package is its own. */
    ArchRule noModuleReachesIntoAnotherModulesInternal() {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<>("not depend on another module's internal package") {
                    @Override
                    public void check(JavaClass type, ConditionEvents events) {
                        String own = module(type.getPackageName());
                        for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                            String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
                            String targetModule = module(target);
                            if (targetModule != null && !targetModule.equals(own)
                                    && isInside(target, root + "." + targetModule + ".internal")) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .as("no module reaches into another module's internal package");
    }

    /**
     * Rule c: a UI module may use itself, the JDK and the UI libraries, so nothing of the server (whatever packages
     * it grows) and nothing of the other UI module.
     */
    ArchRule uiModulesDependOnNothingOfTheServer() {
        List<ArchRule> perModule = uiModules().stream().map(module -> (ArchRule) classes()
                .that().resideInAPackage(module + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        Stream.concat(Stream.of(module + ".."), UI_LIBRARIES.stream()).toArray(String[]::new)))
                .toList();
        return CompositeArchRule.of(perModule)
                .as("a UI module depends on nothing of the server nor of the other UI module");
    }

    /** Rule d: device-drivers stays reusable by a stand-alone agent. */
    ArchRule deviceDriversUseNeitherSpringNorVaadinNorTheApplication() {
        String drivers = root + ".devices..";
        return noClasses().that().resideInAPackage(drivers)
                .should().dependOnClassesThat(resideInAnyPackage("org.springframework..", "com.vaadin..")
                        .or(resideInAPackage(root + "..").and(DescribedPredicate.not(resideInAPackage(drivers)))))
                .as("device-drivers uses neither Spring nor Vaadin nor any other module of the project");
    }

    /** Rule e: the main source files of every module of the project under this directory that are too long. */
    static List<String> mainSourcesTooLong(Path project) {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> modules = Files.list(project)) {
            for (Path sources : modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(sources)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                        long lines = Files.readAllLines(file).size();
                        if (lines >= MOST_LINES) {
                            tooLong.add(project.relativize(file) + " (" + lines + " lines)");
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tooLong;
    }

    private List<String> uiModules() {
        return List.of(root + ".kiosk", root + ".counter");
    }

    private boolean isViewOrPortAdapter(JavaClass type) {
        boolean view = type.isAnnotatedWith(Route.class)
                || type.isAssignableTo(Component.class) && isInside(type.getPackageName(), root + ".screens");
        return view || type.getAllRawInterfaces().stream().anyMatch(this::isUiPort);
    }

    private boolean isUiPort(JavaClass type) {
        return type.getSimpleName().endsWith("Port")
                && uiModules().stream().anyMatch(module -> isInside(type.getPackageName(), module));
    }

    /** The top-level package under the root a package belongs to ("" for the root itself), null outside the root. */
    private String module(String packageName) {
        if (packageName.equals(root)) {
            return "";
        }
        if (!packageName.startsWith(root + ".")) {
            return null;
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static boolean isInside(String packageName, String parent) {
        return packageName.equals(parent) || packageName.startsWith(parent + ".");
    }
}
