package org.memscape.app.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneException;
import org.memscape.scene.SceneLimits;
import org.memscape.scene.SceneReader;
import org.memscape.scene.SceneWriter;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Numbers typed into the Model panel: what the window takes is what a scene file takes (or the
 * message says why not), and anything else gets a message beside the field and changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class TypedNumbersTest {

    private static final String SCENE = """
            {"memscape": 1, "memories": [{"point": [1, 1]}, {"point": [-1, -1]}],
             "particles": {"count": 200, "seed": 7}}""";

    private final List<UnaryOperator<Scene>> sent = new ArrayList<>();
    private ModelPanel panel;
    private Stage stage;
    private Scene doc;

    @Start
    void start(Stage stage) throws SceneException {
        this.stage = stage;
        panel = new ModelPanel(sent::add);
        stage.setScene(new javafx.scene.Scene(panel, ModelPanel.WIDTH, 780));
        stage.show();
        doc = SceneReader.parse(SCENE, "test");
        panel.show(doc);
    }

    /** Types {@code text} over the field's text and presses Enter, as a user does. */
    private void type(FxRobot robot, WholeNumberField field, String text) {
        robot.interact(stage::requestFocus);
        robot.interact(() -> field.spinner().getEditor().requestFocus());
        robot.interact(() -> field.spinner().getEditor().selectAll());
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The message under the field, if it is on screen (else null). */
    private static String message(WholeNumberField field) {
        // up to the panel's content: the scroll pane's inner nodes are not managed
        for (Node n = field.message(); n != null && !"panel-content".equals(n.getId()); n = n.getParent()) {
            if (!n.isVisible() || !n.isManaged()) return null;
        }
        return field.message().getText();
    }

    private Scene applied() {
        Scene s = doc;
        for (UnaryOperator<Scene> e : sent) s = e.apply(s);
        return s;
    }

    @Test
    void tooManyParticlesAreRefusedWithTheReasonNotClampedToTheMost(FxRobot robot) {
        type(robot, panel.countField(), "20000");
        assertTrue(sent.isEmpty(), "nothing changed (before: clamped to 10,000 without a word)");
        assertEquals("200", panel.countField().spinner().getEditor().getText(), "the field shows the scene's count again");
        assertEquals("\u201c20000\u201d is too large: the window takes 0 to 10,000 particles (more are slow to watch;"
                + " a scene file may have up to 1,000,000). Nothing changed.", message(panel.countField()));
        assertEquals(1_000_000, SceneLimits.MAX_PARTICLES, "the limit the message names is the file format's");
    }

    @Test
    void unreadableTextIsRefusedWithAMessageAndTheFieldShowsTheValueAgain(FxRobot robot) {
        type(robot, panel.countField(), "abc");
        assertTrue(sent.isEmpty());
        assertEquals("200", panel.countField().spinner().getEditor().getText(), "no \"abc\" left in the field");
        assertTrue(message(panel.countField()).startsWith("\u201cabc\u201d is not a whole number: the window takes 0 to 10,000 particles"),
                message(panel.countField()));
        type(robot, panel.countField(), "-3");
        assertTrue(message(panel.countField()).startsWith("\u201c-3\u201d is too small"), message(panel.countField()));
        type(robot, panel.countField(), "1.5");
        assertTrue(message(panel.countField()).startsWith("\u201c1.5\u201d is not a whole number"), message(panel.countField()));
        assertTrue(sent.isEmpty());
    }

    /** Every refusal quotes what was typed, whatever was wrong with it (some did, some did not). */
    @Test
    void everyRefusalQuotesTheTypedText(FxRobot robot) {
        for (String typed : new String[] {"abc", "2.5", "99999999999999999999", "-5", "\u22125", "20000"}) {
            type(robot, panel.countField(), typed);
            String m = message(panel.countField());
            assertTrue(m != null && m.startsWith("\u201c" + typed + "\u201d is "), typed + ": " + m);
            assertTrue(m.endsWith(". Nothing changed."), m);
        }
        assertTrue(sent.isEmpty());
    }

    @Test
    void aNumberTakenClearsTheMessage(FxRobot robot) {
        type(robot, panel.countField(), "abc");
        assertTrue(message(panel.countField()) != null);
        type(robot, panel.countField(), "1 500");
        assertEquals(1500, applied().particles().count());
        robot.interact(() -> panel.show(applied()));
        assertEquals(null, message(panel.countField()));
    }

    @Test
    void aSeedTooLargeForSixtyFourBitsIsRefusedNotCut(FxRobot robot) {
        type(robot, panel.seedField(), "12345678901234567890");
        assertTrue(sent.isEmpty(), "nothing changed");
        assertEquals("7", panel.seedField().spinner().getEditor().getText());
        assertEquals("\u201c12345678901234567890\u201d is too large: a seed is a whole number from -9223372036854775808 to"
                + " 9223372036854775807 (64 bits, as in a scene file). Nothing changed.", message(panel.seedField()));
    }

    @Test
    void everySeedAFileTakesTheWindowTakesToo(FxRobot robot) throws Exception {
        for (long seed : new long[] {Long.MAX_VALUE, Long.MIN_VALUE, -12}) {
            sent.clear();
            type(robot, panel.seedField(), Long.toString(seed));
            assertEquals(null, message(panel.seedField()));
            Scene typed = applied();
            assertEquals(seed, typed.particles().seed());
            assertEquals(seed, SceneReader.parse(SceneWriter.toJson(typed), "saved").particles().seed(), "and a file keeps it");
            robot.interact(() -> panel.show(typed));
            doc = typed;
        }
    }

    @Test
    void leavingTheFieldWithBadTextIsRefusedToo(FxRobot robot) {
        robot.interact(() -> panel.countField().spinner().getEditor().requestFocus());
        robot.interact(() -> panel.countField().spinner().getEditor().setText("lots"));
        robot.interact(() -> panel.seedField().spinner().getEditor().requestFocus());   // the count loses the focus
        assertTrue(sent.isEmpty());
        assertEquals("200", panel.countField().spinner().getEditor().getText());
        assertFalse(message(panel.countField()) == null, "the message shows");
    }
}
