package io.modelwright.core.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layering of DEVELOPERS.md: runtime and core never know JavaFX, the desktop or the CLI; runtime never knows
 * core. Rules are checked from plain Jupiter tests (not ArchUnit's own engine, which surefire did not pick up),
 * so a violation fails the build.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.modelwright.runtime", "io.modelwright.core");
    }

    @Test
    void importsBothModules() {
        assertThat(classes.containPackage("io.modelwright.runtime.featurize")).isTrue();
        assertThat(classes.containPackage("io.modelwright.core.data")).isTrue();
    }

    @Test
    void coreAndRuntimeDoNotUseJavaFxControlsFxOrPicocli() {
        noClasses().that().resideInAnyPackage("io.modelwright.core..", "io.modelwright.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "picocli..")
                .check(classes);
    }

    @Test
    void runtimeDoesNotUseCore() {
        noClasses().that().resideInAPackage("io.modelwright.runtime..")
                .should().dependOnClassesThat().resideInAPackage("io.modelwright.core..")
                .check(classes);
    }

    @Test
    void nothingBelowDesktopUsesDesktop() {
        noClasses().that().resideInAnyPackage("io.modelwright.core..", "io.modelwright.runtime..")
                .should().dependOnClassesThat().resideInAPackage("io.modelwright.desktop..")
                .check(classes);
    }
}
