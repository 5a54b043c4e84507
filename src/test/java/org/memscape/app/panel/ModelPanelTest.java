package org.memscape.app.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.scene.DynamicsSpec.Sampler;
import org.memscape.scene.ModelSpec;
import org.memscape.scene.ParticleSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneReader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The panel in a window, driven by mouse and keyboard. The test plays the document's owner:
 * it keeps the edits the panel sends and applies them to a local scene.
 */
@ExtendWith(ApplicationExtension.class)
class ModelPanelTest {

    /** The default scene's shape: two point memories, distance Hopfield at β = 2. */
    static final String TWO_POINTS = ModelEditsTest.TWO_POINTS;

    static final String WITH_SEGMENT = ModelEditsTest.WITH_SEGMENT;

    static final String DIFFUSION = """
            {"memscape": 1, "memories": [{"point": [2, 1.5]}, {"point": [-2, 1.5]}, {"point": [0, -2]}],
             "model": {"type": "diffusion-vp", "schedule": {"type": "cosine"}},
             "dynamics": {"sampler": "probability-flow-ode", "integrator": "heun", "steps": 400, "tauMin": 0.01},
             "particles": {"count": 400, "seed": 7, "init": "prior"}}
            """;

    private final List<UnaryOperator<Scene>> sent = new ArrayList<>();
    private ModelPanel panel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        panel = new ModelPanel(sent::add);
        stage.setScene(new javafx.scene.Scene(panel, ModelPanel.WIDTH, 780));
        stage.show();
    }

    private static Scene parse(String json) throws SceneException {
        return SceneReader.parse(json, "test");
    }

    private void show(FxRobot robot, Scene s) {
        robot.interact(() -> panel.show(s));
    }

    /** Visible and taking room, up to the panel (the scroll pane's inner nodes are not managed). */
    private boolean shown(Node n) {
        for (Node p = n; p != null && !"panel-content".equals(p.getId()); p = p.getParent()) {
            if (!p.isVisible() || !p.isManaged()) {
                return false;
            }
        }
        return true;
    }

    /** Applies every edit sent so far to {@code doc}, in order, and checks the reader accepts the result. */
    private Scene applySent(Scene doc) {
        Scene s = doc;
        for (UnaryOperator<Scene> e : sent) {
            s = e.apply(s);
        }
        ModelEditsTest.assertValid(s);
        return s;
    }

    @Test
    void clearParticles_sendsAnEditToNone(FxRobot robot) throws SceneException {
        Scene doc = parse(TWO_POINTS);
        show(robot, doc);
        robot.interact(() -> ((javafx.scene.control.Button) panel.lookup("#clear-particles")).fire());
        assertEquals(1, sent.size());
        assertEquals(0, applySent(doc).particles().count());
    }

    @Test
    void show_setsTheControlsWithoutSendingEdits(FxRobot robot) throws SceneException {
        Scene hopfield = parse(TWO_POINTS);
        show(robot, hopfield);
        assertEquals(ModelType.DISTANCE, panel.typeBox().getValue());
        assertEquals("2", panel.betaRow().valueLabel().getText());
        assertTrue(shown(panel.betaRow()));
        assertEquals(Sampler.GRADIENT_FLOW, panel.samplerBox().getValue());
        assertEquals(List.of(Sampler.GRADIENT_FLOW, Sampler.LANGEVIN, Sampler.HOPFIELD_UPDATE), panel.samplerBox().getItems());
        assertEquals("200", panel.stepsRow().valueLabel().getText());
        assertEquals(200L, panel.countSpinner().getValue());
        assertEquals(ModelEdits.InitKind.UNIFORM, panel.initChoice().selected());
        assertFalse(shown(panel.scheduleSection()));
        assertFalse(shown(panel.tauRow()));

        Scene diffusion = parse(DIFFUSION);
        show(robot, diffusion);
        assertEquals(ModelType.VP, panel.typeBox().getValue());
        assertTrue(shown(panel.scheduleSection()));
        assertFalse(shown(panel.betaRow()));
        assertEquals(Sampler.PROBABILITY_FLOW_ODE, panel.samplerBox().getValue());
        assertEquals(5, panel.samplerBox().getItems().size());
        assertTrue(shown(panel.tauRow()));
        assertEquals("1 \u2192 0.01", panel.tauRow().valueLabel().getText());
        assertEquals(ModelEdits.InitKind.PRIOR, panel.initChoice().selected());
        assertEquals(400L, panel.countSpinner().getValue());

        show(robot, hopfield);
        show(robot, diffusion);
        WaitForAsyncUtils.sleep((long) EditGate.PAUSE.toMillis() + 200, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sent.isEmpty(), "show() sent " + sent.size() + " edits");
    }

    @Test
    void choosingDiffusionVp_sendsOneEditWithTheModelAndTheReverseSde(FxRobot robot) throws SceneException {
        Scene doc = parse(TWO_POINTS);
        show(robot, doc);
        robot.clickOn("#model-type");
        robot.clickOn("Diffusion VP");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, sent.size(), "one edit, so one undo takes it all back");
        doc = applySent(doc);
        assertInstanceOf(ModelSpec.DiffusionVp.class, doc.model());
        assertEquals(Sampler.REVERSE_SDE, doc.dynamics().sampler());
        assertInstanceOf(ParticleSpec.Init.Prior.class, doc.particles().init());
        // Before the owner calls show(), the panel already shows what the edit makes.
        assertTrue(shown(panel.scheduleSection()));
        assertEquals(Sampler.REVERSE_SDE, panel.samplerBox().getValue());
    }

    @Test
    void choosingTheDotProductModel_onASceneWithASegment_isRefusedWithAMessage(FxRobot robot) throws SceneException {
        show(robot, parse(WITH_SEGMENT));
        robot.clickOn("#model-type");
        robot.clickOn("Hopfield (dot product)");
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(sent.isEmpty(), "the refused change must not be sent");
        assertTrue(shown(panel.refusalLabel()));
        assertEquals("The dot-product Hopfield model takes point memories only: this scene has a segment."
                + " Choose the modern Hopfield or a diffusion model.", panel.refusalLabel().getText());
        assertEquals(ModelType.DISTANCE, panel.typeBox().getValue());
    }

    @Test
    void changingBeta_withTheKeyboard_sendsTheNewBeta(FxRobot robot) throws SceneException {
        Scene doc = parse(TWO_POINTS);
        show(robot, doc);
        robot.interact(() -> {
            stage.requestFocus();
            panel.betaRow().slider().requestFocus();
        });
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, sent.size());
        double beta = ((ModelSpec.HopfieldDistance) applySent(doc).model()).beta();
        double expected = 2 * Math.pow(10, panel.betaRow().slider().getBlockIncrement());
        assertEquals(expected, beta, expected * 0.01, "one key step up on the log scale, 3 significant digits");
        assertEquals(Shown.sig(beta, 3), panel.betaRow().valueLabel().getText());
    }

    @Test
    void draggingTheBetaSlider_sendsOneEditForTheWholeDrag(FxRobot robot) throws SceneException {
        Scene doc = parse(TWO_POINTS);
        show(robot, doc);
        Node thumb = panel.betaRow().slider().lookup(".thumb");
        robot.drag(thumb).moveBy(20, 0).moveBy(20, 0).moveBy(20, 0).moveBy(20, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, sent.size(), "a drag is one undo step");
        double beta = ((ModelSpec.HopfieldDistance) applySent(doc).model()).beta();
        assertTrue(beta > 4, "80 px to the right on a 4-decade slider: " + beta);
        assertEquals(beta, Shown.round(beta, 3));
    }

    @Test
    void show_afterAnUndo_putsTheControlsBack(FxRobot robot) throws SceneException {
        Scene before = parse(TWO_POINTS);
        show(robot, before);
        robot.clickOn("#model-type");
        robot.clickOn("Diffusion VE");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, sent.size());
        Scene after = applySent(before);
        show(robot, after);
        assertEquals(ModelType.VE, panel.typeBox().getValue());
        assertTrue(shown(panel.tauRow()));
        assertFalse(shown(panel.betaRow()));

        show(robot, before); // undo
        assertEquals(ModelType.DISTANCE, panel.typeBox().getValue());
        assertTrue(shown(panel.betaRow()));
        assertEquals("2", panel.betaRow().valueLabel().getText());
        assertFalse(shown(panel.tauRow()));
        assertEquals(Sampler.GRADIENT_FLOW, panel.samplerBox().getValue());
        assertEquals(ModelEdits.InitKind.UNIFORM, panel.initChoice().selected());
        assertEquals(1, sent.size(), "undo is not an edit");
    }

    @Test
    void aDotProductSceneWithoutFloor_isWarnedAbout(FxRobot robot) throws SceneException {
        show(robot, parse("""
                {"memscape": 1, "memories": [{"point": [1.5, 1.5]}, {"point": [-1.5, -1.5]}],
                 "model": {"type": "hopfield", "memory": "classical"}}
                """));
        assertTrue(shown(panel.warningLabel()));
        assertTrue(panel.warningLabel().getText().startsWith("This energy has no floor"), panel.warningLabel().getText());
        assertFalse(shown(panel.refusalLabel()));
        assertFalse(shown(panel.betaRow()), "β plays no part in classical memories");
        assertTrue(sent.isEmpty());
    }

    @Test
    void tanhFeatures_withMemoriesOutsideTheSquare_areRefused(FxRobot robot) throws SceneException {
        show(robot, ModelEdits.switchType(parse(TWO_POINTS), ModelType.DOT));
        robot.clickOn(panel.featuresChoice().button(ModelSpec.Features.TANH));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(sent.isEmpty());
        assertTrue(shown(panel.refusalLabel()));
        assertTrue(panel.refusalLabel().getText().contains("(1.5, 1.5)"), panel.refusalLabel().getText());
        assertEquals(ModelSpec.Features.QUADRATIC, panel.featuresChoice().selected());
    }

    /**
     * Plays the owner (apply, then show) through every option of every choice on every model:
     * each edit must give a scene the reader accepts, and the panel must end up showing it.
     */
    @Test
    void everyChoiceOnEveryModel_givesScenesTheReaderAccepts(FxRobot robot) throws SceneException {
        Scene[] doc = {parse(TWO_POINTS)};
        show(robot, doc[0]);
        Runnable owner = () -> {
            for (UnaryOperator<Scene> e : sent) {
                doc[0] = e.apply(doc[0]);
            }
            sent.clear();
            ModelEditsTest.assertValid(doc[0]);
            panel.show(doc[0]);
        };
        for (ModelType t : ModelType.values()) {
            robot.interact(() -> {
                panel.typeBox().setValue(t);
                owner.run();
            });
            assertEquals(t, ModelType.of(doc[0].model()));
            for (Node n : robot.lookup(".toggle-button").queryAll()) {
                if (shown(n)) {
                    robot.interact(() -> {
                        ((javafx.scene.control.ToggleButton) n).fire();
                        owner.run();
                    });
                }
            }
            for (Sampler s : List.copyOf(panel.samplerBox().getItems())) {
                robot.interact(() -> {
                    panel.samplerBox().setValue(s);
                    owner.run();
                });
                assertEquals(s, doc[0].dynamics().sampler());
                assertEquals(s, panel.samplerBox().getValue());
            }
            robot.interact(() -> {
                panel.samplerBox().setValue(panel.samplerBox().getItems().get(0));
                owner.run();
            });
        }
        assertEquals(ModelType.VE, panel.typeBox().getValue());
    }

    @Test
    void typingAParticleCount_sendsOneEdit(FxRobot robot) throws SceneException {
        Scene doc = parse(TWO_POINTS);
        show(robot, doc);
        robot.interact(stage::requestFocus);
        robot.doubleClickOn(panel.countSpinner().getEditor());
        robot.interact(() -> panel.countSpinner().getEditor().selectAll());
        robot.write("1500");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, sent.size());
        assertEquals(1500, applySent(doc).particles().count());
    }
}
