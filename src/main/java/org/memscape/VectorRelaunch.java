package org.memscape;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The engine's fast kernels need the incubating Vector API, which a plain {@code java -jar}
 * does not load and a jar manifest cannot ask for. When the window or any command is started
 * without it (see Main.wantsVectorModule), the program starts itself once more with {@code --add-modules jdk.incubator.vector}
 * (same JVM, same options, same arguments) and passes on its exit code. If that fails, the
 * caller goes on with the scalar kernels. The second process ends when the first one does, however
 * that ends (a kill from a window manager or a terminal's Ctrl+C reaches the first one only):
 * it watches its parent, so no window is left running that nothing started. The installed app's
 * launcher (mvn -Pinstaller) passes the module itself, so there nothing is started twice.
 */
final class VectorRelaunch {

    private static final String MODULE = "jdk.incubator.vector";
    private static final String MARK = "memscape.relaunched";
    /** The first process's id, given to the second one so that it can end with it. */
    private static final String PARENT = "memscape.parent";
    /** As a process ended by SIGTERM reports it (128 + 15): the parent was ended, so is the child. */
    static final int ENDED_WITH_PARENT = 143;

    private VectorRelaunch() {}

    static boolean needed() {
        return System.getProperty(MARK) == null && ModuleLayer.boot().findModule(MODULE).isEmpty();
    }

    /** Runs the program again with the module; returns its exit code, or −1 if it could not start. */
    static int run(String[] args) {
        return run(Main.class.getName(), args);
    }

    /** The same with another main class (a test's). */
    static int run(String mainClass, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("--add-modules");
        command.add(MODULE);
        command.add("-D" + MARK + "=true");
        command.add("-D" + PARENT + "=" + ProcessHandle.current().pid());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            Thread errors = new Thread(() -> passErrors(child.getErrorStream()), "child stderr");
            errors.setDaemon(true);
            errors.start();
            int code = child.waitFor();
            errors.join();
            return code;
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * The child's standard error, but for the JVM's own first line "WARNING: Using incubator modules"
     * (the module this relaunch adds on purpose): a user's error stays the one line it is. The first
     * line is read whole; the rest is copied as it comes (progress may end in a carriage return).
     */
    static void passErrors(java.io.InputStream in) {
        try (in) {
            java.io.ByteArrayOutputStream first = new java.io.ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1) {
                first.write(b);
                if (b == '\n') break;
            }
            String line = first.toString(java.nio.charset.Charset.defaultCharset());
            if (!line.startsWith(INCUBATOR_WARNING)) System.err.write(first.toByteArray());
            System.err.flush();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                System.err.write(buffer, 0, n);
                System.err.flush();
            }
        } catch (java.io.IOException e) {
            // the child has gone: nothing more to pass on
        }
    }

    static final String INCUBATOR_WARNING = "WARNING: Using incubator modules: ";

    /**
     * In the second process: ends it as soon as the first one has ended. The operating system
     * leaves an orphan running otherwise. It halts, as a kill would: whatever is unsaved is in the
     * recovery copy (autosave writes it within seconds of an edit) and is offered at the next start.
     */
    static void endWithParent() {
        String parent = System.getProperty(PARENT);
        if (parent == null) return;
        Optional<ProcessHandle> handle;
        try {
            handle = ProcessHandle.of(Long.parseLong(parent));
        } catch (NumberFormatException e) {
            return;
        }
        if (handle.isEmpty()) Runtime.getRuntime().halt(ENDED_WITH_PARENT);   // ended already, before we looked
        handle.get().onExit().thenRun(() -> Runtime.getRuntime().halt(ENDED_WITH_PARENT));
    }
}
