package kyodo;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module rules and the conventions of ARCHITECTURE.md that the compiled code shows: a module
 * reads another only through its root package, modules form no cycle, forms are records (never a
 * Map body), only repositories reach the database, and the time comes from the city's clock.
 */
class ArchitectureTest {

    static final List<String> MODULES = List.of("core", "events", "subsidies", "directory", "points", "plan",
            "voices", "support", "portal");
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kyodo");
    }

    /** A class of another module's root package (its public API), not of its sub-packages. */
    static DescribedPredicate<JavaClass> insideButNotRootOf(String module) {
        return DescribedPredicate.describe("in a sub-package of kyodo." + module,
                c -> c.getPackageName().startsWith("kyodo." + module + "."));
    }

    @Test
    void modulesUseOnlyEachOthersPublicApi() {
        for (String module : MODULES) {
            for (String other : MODULES) {
                if (module.equals(other)) {
                    continue;
                }
                ArchRule rule = noClasses().that().resideInAPackage("kyodo." + module + "..")
                        .should().dependOnClassesThat(insideButNotRootOf(other))
                        .because("modules talk through each other's root package (ARCHITECTURE.md rule 2)")
                        .allowEmptyShould(true);
                rule.check(classes);
            }
        }
    }

    @Test
    void modulesFormNoCycle() {
        slices().matching("kyodo.(*)..").should().beFreeOfCycles()
                .because("a module may depend on core and on other modules' APIs, but not in a circle")
                .check(classes);
    }

    @Test
    void formsAreRecordsNeverMaps() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Controller.class)
                .should(new ArchCondition<JavaMethod>("take no @Body Map") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaParameter parameter : method.getParameters()) {
                            if (parameter.isAnnotatedWith(Body.class) && parameter.getRawType().isAssignableTo(Map.class)) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                        + " binds a form as a Map: bind a validated record (ARCHITECTURE.md convention 2)"));
                            }
                        }
                    }
                }).allowEmptyShould(true).check(classes);
    }

    @Test
    void onlyRepositoriesReachTheDatabase() {
        noClasses().that().resideOutsideOfPackage("kyodo.core.internal.database")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.micronaut.data.jdbc.runtime.JdbcOperations")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.PreparedStatement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.ResultSet")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Statement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
                .because("data goes through Micronaut Data repositories (ARCHITECTURE.md convention 1)")
                .check(classes);
    }

    @Test
    void theTimeComesFromTheCitysClock() {
        noClasses().that().doNotHaveFullyQualifiedName("kyodo.core.CityClock")
                .should().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalTime.class, "now")
                .orShould().callMethod(Instant.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(OffsetDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("deadlines follow the city's zone, whatever the server's (ARCHITECTURE.md convention 5): use CityClock")
                .check(classes);
    }

    @Test
    void noQueryAsksTheDatabaseForTheTime() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                for (String clock : List.of("NOW(", "CURRENT_TIMESTAMP", "CURDATE(", "SYSDATE(", "UTC_TIMESTAMP")) {
                    if (text.contains(clock)) {
                        problems.add(file + " uses " + clock + ": pass the city clock's time as a parameter");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theRuleCatchesALeak() {
        // The rule itself must be able to fail: a class of this test reaching into core.internal.
        JavaClasses leaking = new ClassFileImporter().importClasses(LeakingExample.class,
                kyodo.core.internal.AccountService.class);
        ArchRule rule = noClasses().that().haveSimpleName("LeakingExample")
                .should().dependOnClassesThat(insideButNotRootOf("core"));
        assertThrows(AssertionError.class, () -> rule.check(leaking));
    }

    static class LeakingExample {
        kyodo.core.internal.AccountService service;
    }
}
