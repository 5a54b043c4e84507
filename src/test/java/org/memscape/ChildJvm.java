package org.memscape;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Another JVM for the tests that need a real process (one to kill mid-save, one that crashed),
 * started on this test's class path. Its standard output is what the test reads, so nothing
 * else goes there: the launcher's option variables are not passed on (they make the JVM print
 * "Picked up …", and would change the child besides), and its standard error goes to the test's.
 */
public final class ChildJvm {

    /** The variables a JVM or its launcher reads options from, and announces on start. */
    public static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS");

    private ChildJvm() {}

    /** Starts {@code main}'s main method with {@code args}, in this process's environment less the option variables. */
    public static Process start(Class<?> main, String... args) throws IOException {
        return start(System.getenv(), main, args);
    }

    /** The same, in {@code environment} less the option variables. */
    public static Process start(Map<String, String> environment, Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().clear();
        builder.environment().putAll(environment);
        OPTION_VARIABLES.forEach(builder.environment()::remove);
        return builder.start();
    }

    /**
     * Reads the child's output up to a line equal to {@code line} (what it prints when it is ready);
     * fails with everything it printed if it ends first.
     */
    public static void awaitLine(Process child, String line) throws IOException {
        // Not closed: the child goes on, and closing would close its output pipe.
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String l = out.readLine(); l != null; l = out.readLine()) {
            if (l.equals(line)) return;
            seen.add(l);
        }
        throw new AssertionError("the other JVM ended without printing \"" + line + "\"; it printed: " + seen);
    }
}
