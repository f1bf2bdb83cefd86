package io.modelwright.desktop.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * MVVM in the desktop: ViewModels hold state and commands and never touch controls, so plain tests can drive
 * them; only the one background-task helper creates threads. Checked from plain Jupiter tests (ArchUnit's own
 * engine was not picked up by surefire), so a violation fails the build.
 */
class DesktopArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importDesktopClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.modelwright.desktop");
    }

    @Test
    void findsTheViewModels() {
        assertThat(classes.stream().filter(c -> c.getSimpleName().endsWith("ViewModel")).count())
                .isGreaterThan(3);
    }

    @Test
    void viewModelsDoNotUseControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.fxml..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void onlyTheTaskHelperCreatesThreads() {
        noClasses().that().resideOutsideOfPackage("io.modelwright.desktop.common..")
                .should().callConstructor(Thread.class, Runnable.class)
                .orShould().callConstructor(Thread.class, Runnable.class, String.class)
                .check(classes);
    }
}
