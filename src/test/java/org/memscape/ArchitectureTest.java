package org.memscape;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the README's "How it is built", from the bottom: how numbers are written for
 * people (text, used by every layer and using none), the mathematics (core), safe
 * file writing (files), the document (scene, with its JSON toolkit), the engine (compute), what
 * is computed on them (structure, experiment, learn), outputs shared by the commands and the
 * window (output, plot), then the commands (cli) and the window (app) side by side, and the
 * launcher (the root package) on top. Only the window touches JavaFX or ControlsFX, so
 * everything else runs without a display. No rule may pass because its packages are empty: a
 * renamed package must fail here, not pass silently.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.memscape");
    }

    @Test
    void theLayersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Text").definedBy("org.memscape.text..")
                .layer("Core").definedBy("org.memscape.core..")
                .layer("Files").definedBy("org.memscape.files..")
                .layer("Document").definedBy("org.memscape.scene..")
                .layer("Engine").definedBy("org.memscape.compute..")
                .layer("Analysis").definedBy("org.memscape.structure..", "org.memscape.experiment..", "org.memscape.learn..")
                .layer("Output").definedBy("org.memscape.output..", "org.memscape.plot..")
                .layer("Commands").definedBy("org.memscape.cli..")
                .layer("Window").definedBy("org.memscape.app..")
                .layer("Launcher").definedBy("org.memscape")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Window").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Commands").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Output").mayOnlyBeAccessedByLayers("Commands", "Window", "Launcher")
                .whereLayer("Analysis").mayOnlyBeAccessedByLayers("Output", "Commands", "Window")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Analysis", "Output", "Commands", "Window")
                .whereLayer("Document").mayOnlyBeAccessedByLayers("Engine", "Analysis", "Output", "Commands", "Window", "Launcher")
                .whereLayer("Files").mayOnlyBeAccessedByLayers("Document", "Analysis", "Output", "Commands", "Window")
                .check(classes);
    }

    /** The bottom layer: every other one writes its numbers with it, so it may use none of them. */
    @Test
    void numberTextStandsOnItsOwn() {
        noClasses().that().resideInAPackage("org.memscape.text..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.memscape.text..", "java..")
                .check(classes);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching("org.memscape.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The window's rooms: each part of the window may use the shared pieces (app.ui), never the shell that assembles them. */
    @Test
    void theWindowsPartsHaveNoCyclesAndDoNotReachBackIntoTheShell() {
        noClasses().that().resideInAnyPackage("org.memscape.app.*..")
                .should().dependOnClassesThat().resideInAPackage("org.memscape.app")
                .check(classes);
        slices().matching("org.memscape.app.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheWindowUsesUiLibraries() {
        noClasses().that().resideOutsideOfPackage("org.memscape.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "com.sun.javafx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void theExperimentsAreNumbersOnTheCore() {
        noClasses().that().resideInAnyPackage("org.memscape.experiment..")
                .should().dependOnClassesThat().resideInAnyPackage("org.memscape.scene..", "org.memscape.compute..")
                .check(classes);
    }
}
