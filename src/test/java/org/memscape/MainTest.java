package org.memscape;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which arguments open the window and which run a headless command. */
class MainTest {

    @Test
    void noArgumentsWindowOptionsAndASceneFileOpenTheWindow() {
        assertTrue(Main.opensWindow(new String[] {}));
        assertTrue(Main.opensWindow(new String[] {"--bench-ui"}));
        assertTrue(Main.opensWindow(new String[] {"scene.json"}));
        assertTrue(Main.opensWindow(new String[] {"My Scenes/Ring.JSON"}));
    }

    @Test
    void commandsHelpAndVersionStayHeadless() {
        assertFalse(Main.opensWindow(new String[] {"--help"}));
        assertFalse(Main.opensWindow(new String[] {"--version"}));
        assertFalse(Main.opensWindow(new String[] {"-h"}));
        assertFalse(Main.opensWindow(new String[] {"run", "--scene", "scene.json"}));
        assertFalse(Main.opensWindow(new String[] {"render"}));
    }
}
