package org.guildhall.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The structure every service keeps (docs/architecture.md): it reaches into no other service, its feature packages
 * depend on each other without cycles, its aggregates do not know JAX-RS, and a feature's resource uses no other
 * feature's repository. A service's test calls {@link #check(String)}.
 */
public final class ServiceArchitecture {

    private static final List<String> SERVICES = List.of("members", "events", "mentoring", "notifications");

    private ServiceArchitecture() {}

    /** Checks the service whose root package is {@code org.guildhall.<service>}. */
    public static void check(String service) {
        String root = "org.guildhall." + service;
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root);
        if (classes.isEmpty()) {
            throw new AssertionError("no classes under " + root + ": the rules would check nothing");
        }

        for (String other : SERVICES) {
            if (!other.equals(service)) {
                noClasses()
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage("org.guildhall." + other + "..")
                        .because("services share only platform/* and the events they read")
                        .check(classes);
            }
        }

        featuresFreeOfCycles(service, classes);

        noClasses()
                .that()
                .areAnnotatedWith("jakarta.persistence.Entity")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..")
                .because("aggregates hold the rules, resources speak HTTP")
                .check(classes);

        classes()
                .that()
                .areAnnotatedWith("jakarta.ws.rs.Path")
                .should(useOnlyRepositoriesOfTheirOwnFeature())
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * Each package right below {@code org.guildhall.<service>} is a feature (its sub-packages belong to it); no two
     * features may import each other, directly or round a longer loop, so each can be read, changed and moved on its
     * own. Where two features need each other, one owns an interface or a CDI event the other implements or observes.
     */
    public static void featuresFreeOfCycles(String service, JavaClasses classes) {
        slices().matching("org.guildhall." + service + ".(*)..")
                .namingSlices("feature $1")
                .should()
                .beFreeOfCycles()
                .because("a feature that imports one that imports it back cannot be understood or moved alone")
                .check(classes);
    }

    private static ArchCondition<JavaClass> useOnlyRepositoriesOfTheirOwnFeature() {
        DescribedPredicate<JavaClass> repository = DescribedPredicate.describe(
                "a repository", candidate -> candidate.getSimpleName().endsWith("Repository"));
        return new ArchCondition<>("use only the repositories of their own feature") {
            @Override
            public void check(JavaClass resource, ConditionEvents events) {
                resource.getDirectDependenciesFromSelf().stream()
                        .map(dependency -> dependency.getTargetClass())
                        .filter(repository)
                        .filter(target -> !target.getPackageName().equals(resource.getPackageName()))
                        .forEach(target -> events.add(SimpleConditionEvent.violated(
                                resource, resource.getName() + " uses " + target.getName() + " of another feature")));
            }
        };
    }
}
