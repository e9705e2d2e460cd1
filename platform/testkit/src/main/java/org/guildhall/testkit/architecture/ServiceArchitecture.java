package org.guildhall.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
 * The structure every service keeps (docs/architecture.md): it reaches into no other service, its aggregates do not know JAX-RS,
 * and a feature's resource uses no other feature's repository. A service's test calls {@link #check(String)}.
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
