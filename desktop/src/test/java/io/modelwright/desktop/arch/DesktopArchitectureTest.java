package io.modelwright.desktop.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** MVVM in the desktop: ViewModels hold state and commands and never touch controls, so plain tests can drive them. */
@AnalyzeClasses(packages = "io.modelwright.desktop", importOptions = ImportOption.DoNotIncludeTests.class)
class DesktopArchitectureTest {

    @ArchTest
    static final ArchRule viewModelsDoNotUseControls = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml..",
                    "org.controlsfx..");

    @ArchTest
    static final ArchRule onlyTheTaskHelperCreatesThreads = noClasses()
            .that().resideOutsideOfPackage("io.modelwright.desktop.common..")
            .should().callConstructor(Thread.class, Runnable.class)
            .orShould().callConstructor(Thread.class, Runnable.class, String.class);
}
