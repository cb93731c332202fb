package kyodo;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules of ARCHITECTURE.md: a module reads another only through its root package
 * (never its internal, web, admin or api packages), and modules form no cycle.
 */
class ArchitectureTest {

    static final List<String> MODULES = List.of("core", "events", "subsidies", "directory", "points", "portal");
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("kyodo");
    }

    @Test
    void modulesUseOnlyEachOthersPublicApi() {
        for (String module : MODULES) {
            for (String other : MODULES) {
                if (module.equals(other)) {
                    continue;
                }
                ArchRule rule = noClasses().that().resideInAPackage("kyodo." + module + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(
                                "kyodo." + other + ".internal..", "kyodo." + other + ".web..",
                                "kyodo." + other + ".admin..", "kyodo." + other + ".api..")
                        .because("modules talk through each other's public API (ARCHITECTURE.md rule 2)");
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
    void theRuleCatchesALeak() {
        // The rule itself must be able to fail: a class of this test reaching into core.internal.
        JavaClasses leaking = new ClassFileImporter().importClasses(LeakingExample.class,
                kyodo.core.internal.AccountService.class);
        ArchRule rule = noClasses().that().haveSimpleName("LeakingExample")
                .should().dependOnClassesThat().resideInAnyPackage("kyodo.core.internal..");
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> rule.check(leaking));
    }

    static class LeakingExample {
        kyodo.core.internal.AccountService service;
    }
}
