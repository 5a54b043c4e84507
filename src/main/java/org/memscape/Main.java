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
        // the learned score's products run many times faster in vector lanes: train, and field or run with --network
        boolean learned = args.length > 0 && (args[0].equals("train")
                || java.util.Arrays.stream(args).anyMatch(a -> a.equals("--network") || a.startsWith("--network=")));
        boolean fast = window || args[0].equals("bench") || learned;
        if (fast && VectorRelaunch.needed()) {
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

    /** The window's arguments: none, options but --help and --version, or a scene file first (a command has no ".json"). */
    static boolean opensWindow(String[] args) {
        if (args.length == 0) return true;
        String first = args[0];
        if (first.equals("--help") || first.equals("--version")) return false;
        return first.startsWith("--") || first.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }
}
