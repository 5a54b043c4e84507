package org.memscape;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's fast kernels need the incubating Vector API, which a plain {@code java -jar}
 * does not load and a jar manifest cannot ask for. When the window or the benchmark is started
 * without it, the program starts itself once more with {@code --add-modules jdk.incubator.vector}
 * (same JVM, same options, same arguments) and passes on its exit code. If that fails, the
 * caller goes on with the scalar kernels.
 */
final class VectorRelaunch {

    private static final String MODULE = "jdk.incubator.vector";
    private static final String MARK = "memscape.relaunched";

    private VectorRelaunch() {}

    static boolean needed() {
        return System.getProperty(MARK) == null && ModuleLayer.boot().findModule(MODULE).isEmpty();
    }

    /** Runs the program again with the module; returns its exit code, or −1 if it could not start. */
    static int run(String[] args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("--add-modules");
        command.add(MODULE);
        command.add("-D" + MARK + "=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        try {
            Process child = new ProcessBuilder(command).inheritIO().start();
            return child.waitFor();
        } catch (java.io.IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
