package io.modelwright.core.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of DEVELOPERS.md: runtime and core never know JavaFX, the desktop or the CLI. */
@AnalyzeClasses(packages = "io.modelwright", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule coreAndRuntimeDoNotUseJavaFx = noClasses()
            .that().resideInAnyPackage("io.modelwright.core..", "io.modelwright.runtime..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "picocli..");

    @ArchTest
    static final ArchRule runtimeDoesNotUseCore = noClasses()
            .that().resideInAPackage("io.modelwright.runtime..")
            .should().dependOnClassesThat().resideInAPackage("io.modelwright.core..");

    @ArchTest
    static final ArchRule nothingBelowDesktopUsesDesktop = noClasses()
            .that().resideInAnyPackage("io.modelwright.core..", "io.modelwright.runtime..")
            .should().dependOnClassesThat().resideInAPackage("io.modelwright.desktop..");
}
