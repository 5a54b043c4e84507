package org.memscape;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.memscape.cli.Cli;

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

    @Test
    void everyRegisteredCommandAndTheWindowStartWithTheVectorModule() {
        assertTrue(Cli.commandNames().size() >= 9, "the commands are found: " + Cli.commandNames());
        assertTrue(Cli.commandNames().contains("compare"));
        for (String command : Cli.commandNames()) {
            assertTrue(Main.wantsVectorModule(new String[] {command}), command);
            assertTrue(Main.wantsVectorModule(new String[] {command, "--scene", "scene.json"}), command);
        }
        assertTrue(Main.wantsVectorModule(new String[] {}));
        assertTrue(Main.wantsVectorModule(new String[] {"--bench-ui"}));
        assertTrue(Main.wantsVectorModule(new String[] {"scene.json"}));
        assertTrue(Main.wantsVectorModule(new String[] {"no-such-command"}), "a new or mistyped command relaunches too");
    }

    @Test
    void onlyTheHelpAndVersionTextsStartOnce() {
        assertFalse(Main.wantsVectorModule(new String[] {"--help"}));
        assertFalse(Main.wantsVectorModule(new String[] {"--version"}));
    }
}
