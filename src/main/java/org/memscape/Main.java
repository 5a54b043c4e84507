package org.memscape;

import org.memscape.cli.Cli;

/**
 * The entry point of the jar. With no arguments, window options (starting with "--") or a scene
 * file (memscape scene.json), it opens the window; with a command name it runs that command headless, without touching
 * JavaFX, so that no display is needed. (An Application subclass cannot be a jar's main class
 * when JavaFX is on the class path, hence this launcher.)
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        VectorRelaunch.endWithParent();   // a relaunched process ends with the one that started it
        boolean window = opensWindow(args);
        if (wantsVectorModule(args) && VectorRelaunch.needed()) {
            int code = VectorRelaunch.run(args);
            if (code >= 0) System.exit(code);
        }
        if (window) {
            org.memscape.app.AppLauncher.launch(args);
        } else {
            // render paints with the window's code, which the commands may not import: handed in here, loaded only when used
            Cli.main(args, (job, notes) -> org.memscape.app.export.HeadlessRenderer.render(job, notes));
        }
    }

    /** What only prints the help or the version: it computes nothing, so it is not started twice. */
    private static final java.util.Set<String> PRINT_ONLY = java.util.Set.of("--help", "-h", "--version", "-V", "help");

    /**
     * Whether this run wants the Vector API module (and so starts itself again with it when it is
     * missing). The window, every command and every option computes, and any of them may reach
     * the fast kernels or the learned score: all of them do, so that no command can be forgotten
     * (compare once was, and died with NoClassDefFoundError); only the help and version texts don't.
     */
    static boolean wantsVectorModule(String[] args) {
        return args.length == 0 || !PRINT_ONLY.contains(args[0]);
    }

    /** The window's arguments: none, options but --help and --version, or a scene file first (a command has no ".json"). */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) return true;
        String first = args[0];
        if (first.equals("--help") || first.equals("--version")) return false;
        return first.startsWith("--") || first.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }
}
