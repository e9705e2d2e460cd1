package org.guildhall.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/**
 * The structure every service keeps (docs/architecture.md): it reaches into no other service, its feature packages
 * depend on each other without cycles, its aggregates do not know JAX-RS, a feature's resource uses no other
 * feature's repository, and its scheduled jobs do not fire while the application is stopping (docs/messaging.md). A
 * service's test calls {@link #check(String)}.
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

        methods()
                .that()
                .areAnnotatedWith(SCHEDULED)
                .should(skipFiringsWhileNotRunning())
                .allowEmptyShould(true)
                .because("a firing after shutdown began finds Hibernate closed and logs an error at every stop")
                .check(classes);
    }

    private static final String SCHEDULED = "io.quarkus.scheduler.Scheduled";

    private static ArchCondition<JavaMethod> skipFiringsWhileNotRunning() {
        return new ArchCondition<>("skip firings while the application is not running"
                + " (skipExecutionIf = Scheduled.ApplicationNotRunning.class)") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                Object skip = method.getAnnotationOfType(SCHEDULED)
                        .get("skipExecutionIf")
                        .orElse(null);
                boolean skips = skip instanceof JavaClass predicate
                        && predicate.getName().equals(SCHEDULED + "$ApplicationNotRunning");
                events.add(new SimpleConditionEvent(
                        method,
                        skips,
                        method.getFullName() + (skips ? " skips" : " does not skip")
                                + " firings while the application is not running"));
            }
        };
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
