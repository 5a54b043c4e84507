package org.memscape;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of DESIGN.md: only app/ may touch JavaFX, JFreeChart or ControlsFX, so the
 * mathematics, the engine, the document and the headless commands run without a display; and
 * the core knows nothing of the layers built on it. The experiments (org.memscape.experiment) are
 * numbers on the core alone, shared by the headless commands and the window; their charts
 * (org.memscape.plot) use JFreeChart's AWT side only, so the commands draw them with no display.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.memscape");
    }

    @Test
    void onlyTheAppUsesUiLibraries() {
        noClasses().that().resideInAnyPackage("org.memscape.core..", "org.memscape.compute..",
                        "org.memscape.structure..", "org.memscape.scene..", "org.memscape.cli..", "org.memscape.experiment..",
                        "org.memscape.learn..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree..", "org.controlsfx..", "com.sun.javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theCoreStandsAlone() {
        noClasses().that().resideInAnyPackage("org.memscape.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.memscape.scene..", "org.memscape.compute..",
                        "org.memscape.cli..", "org.memscape.app..", "org.memscape.structure..", "org.memscape.experiment..")
                .check(classes);
    }

    @Test
    void theEngineDependsOnlyOnTheCoreAndTheDocument() {
        noClasses().that().resideInAnyPackage("org.memscape.compute..")
                .should().dependOnClassesThat().resideInAnyPackage("org.memscape.cli..", "org.memscape.app..", "org.memscape.structure..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The structure of a landscape (critical points, basins) is drawn by the window and written by commands: it knows neither. */
    @Test
    void theStructureDependsOnlyOnTheCoreTheEngineAndTheDocument() {
        noClasses().that().resideInAnyPackage("org.memscape.structure..")
                .should().dependOnClassesThat().resideInAnyPackage("org.memscape.cli..", "org.memscape.app..")
                .check(classes);
    }

    @Test
    void theExperimentsAreNumbersOnTheCore() {
        noClasses().that().resideInAnyPackage("org.memscape.experiment..")
                .should().dependOnClassesThat().resideInAnyPackage("org.memscape.scene..", "org.memscape.compute..",
                        "org.memscape.cli..", "org.memscape.app..")
                .check(classes);
    }

    /** The learned score is numbers on the core, the engine and the document: the window and the commands build on it. */
    @Test
    void theLearnedScoreKnowsNeitherTheWindowNorTheCommands() {
        noClasses().that().resideInAnyPackage("org.memscape.learn..")
                .should().dependOnClassesThat().resideInAnyPackage("org.memscape.cli..", "org.memscape.app..", "org.memscape.plot..")
                .check(classes);
    }

    @Test
    void theChartsDrawWithoutJavaFx() {
        noClasses().that().resideInAnyPackage("org.memscape.plot..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "org.controlsfx..",
                        "com.sun.javafx..", "org.memscape.cli..", "org.memscape.app..")
                .check(classes);
    }
}
