package org.memscape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A child JVM's output is what it prints, even when the user has set JDK_JAVA_OPTIONS or
 * _JAVA_OPTIONS (whose "Picked up …" notes were read as the child's first words).
 */
class ChildJvmTest {

    /** The child: prints whether it got the options, then its word. */
    public static void main(String[] args) {
        System.out.println("option=" + System.getProperty("memscape.child.option", "none"));
        System.out.println("ready");
    }

    @Test
    void theOptionVariablesReachNeitherTheChildNorItsOutput() throws Exception {
        Map<String, String> environment = new HashMap<>(System.getenv());
        for (String variable : ChildJvm.OPTION_VARIABLES) environment.put(variable, "-Dmemscape.child.option=" + variable);
        Process child = ChildJvm.start(environment, ChildJvmTest.class);
        String printed = new String(child.getInputStream().readAllBytes());
        assertEquals("option=none\nready\n", printed.replace("\r", ""));
        assertEquals(0, exitCode(child));
    }

    @Test
    void awaitLineSkipsWhatComesBeforeTheWord() throws Exception {
        Process child = ChildJvm.start(ChildJvmTest.class);
        ChildJvm.awaitLine(child, "ready");
        assertEquals(0, exitCode(child));
    }

    private static int exitCode(Process child) throws InterruptedException, IOException {
        if (!child.waitFor(30, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new IOException("the child did not end");
        }
        return child.exitValue();
    }
}
