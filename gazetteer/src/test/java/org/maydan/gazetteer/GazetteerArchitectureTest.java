package org.maydan.gazetteer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The gazetteer's package structure: its internal packages depend on one another without cycles,
 * the text layer depends on nothing else of the gazetteer, and what another internal package may
 * not reach is not public.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GazetteerArchitectureTest {

    private JavaClasses main;

    @BeforeAll
    void importMain() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.maydan.gazetteer");
    }

    @Test
    void theInternalPackagesHaveNoCycles() {
        slices().matching("org.maydan.gazetteer.(*)..").should().beFreeOfCycles().check(main);
    }

    @Test
    void theTextLayerStandsOnItsOwn() {
        classes().that().resideInAPackage("org.maydan.gazetteer.text..").should().onlyDependOnClassesThat()
                .resideOutsideOfPackage("org.maydan.gazetteer")
                .andShould().onlyDependOnClassesThat().resideOutsideOfPackages("org.maydan.gazetteer.match..",
                        "org.maydan.gazetteer.resolve..", "org.maydan.gazetteer.index..",
                        "org.maydan.gazetteer.normalize..", "org.maydan.gazetteer.source..")
                .check(main);
    }

    @Test
    void anInternalTypeNoOtherPackageUsesIsNotPublic() {
        classes().that().resideInAnyPackage("org.maydan.gazetteer.match..", "org.maydan.gazetteer.resolve..",
                "org.maydan.gazetteer.index..", "org.maydan.gazetteer.normalize..", "org.maydan.gazetteer.source..")
                .and().arePublic().and().areTopLevelClasses()
                .should(UsedFromAnotherPackage.CONDITION).check(main);
    }
}
