package org.memscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code java -jar memscape.jar} starts itself again with the Vector API module; a kill of the
 * first process (a window manager, a terminal's Ctrl+C reaching it alone) must not leave the
 * second one, the real window, running on its own.
 */
class RelaunchOrphanTest {

    /**
     * Stands in for Main: the first process relaunches itself as {@link VectorRelaunch} does and
     * waits; the second one says its process id and waits for ever, as a window would.
     */
    public static void main(String[] args) throws Exception {
        if (!VectorRelaunch.needed()) {
            VectorRelaunch.endWithParent();
            System.out.println("child " + ProcessHandle.current().pid());
            System.out.flush();
            new CountDownLatch(1).await();
        }
        System.exit(VectorRelaunch.run(RelaunchOrphanTest.class.getName(), args));
    }

    @Test
    void killingTheFirstProcessEndsTheSecond() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process first = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RelaunchOrphanTest.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        ProcessHandle second = null;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("child "), "the second process started: " + line);
            Optional<ProcessHandle> found = ProcessHandle.of(Long.parseLong(line.substring(6).strip()));
            assertTrue(found.isPresent());
            second = found.get();
            assertEquals(first.pid(), second.parent().map(ProcessHandle::pid).orElse(-1L), "it is the first one's child");

            first.destroyForcibly();   // SIGKILL: the first process gets no chance to say anything to its child
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
            second.onExit().get(60, TimeUnit.SECONDS);   // a TimeoutException here: the orphan lives on
            assertTrue(!second.isAlive());
        } finally {
            first.destroyForcibly();
            if (second != null) second.destroyForcibly();
        }
    }
}
