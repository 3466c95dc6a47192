package org.maydan;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The backend uses the gazetteer through its public API only: the root package and the text layer,
 * never the matching, resolution, index, normalization or source packages inside it.
 */
class ArchitectureTest {

    private static final JavaClasses BACKEND = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/org/maydan/gazetteer/"))
            .importPackages("org.maydan");

    @Test
    void theBackendReachesTheGazetteerThroughItsApiOnly() {
        noClasses().that().resideOutsideOfPackage("org.maydan.gazetteer..").should().dependOnClassesThat()
                .resideInAnyPackage("org.maydan.gazetteer.match..", "org.maydan.gazetteer.resolve..",
                        "org.maydan.gazetteer.index..", "org.maydan.gazetteer.normalize..",
                        "org.maydan.gazetteer.source..")
                .check(BACKEND);
    }
}
