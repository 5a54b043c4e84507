package org.memscape.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless commands. Every failure a user can cause ends in one line on stderr and exit
 * code 2; success is exit 0.
 */
@Command(name = "memscape", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Energy landscapes of associative memories and diffusion models, headless.",
        subcommands = {FieldCommand.class, RunCommand.class, RenderCommand.class, BenchCommand.class, ExperimentCommand.class})
public final class Cli implements Runnable {

    public static final int USAGE_ERROR = 2;
    /** A bug, not the user's doing (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;

    private final PictureRenderer renderer;

    private Cli(PictureRenderer renderer) { this.renderer = renderer; }

    /** What {@code render} paints with (the launcher gives the window's painter), or null. */
    PictureRenderer renderer() { return renderer; }

    @Override public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command: field, run, render, bench or experiment (see --help)");
    }

    /** Runs a command line with no picture renderer (every command but render); returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, null);
    }

    /** Runs a command line; {@code render} paints with the given renderer. Returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, PictureRenderer renderer) {
        CommandLine cli = new CommandLine(new Cli(renderer));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, argv) -> {
            String command = ex.getCommandLine().getCommandName();
            err.println("memscape: " + ex.getMessage() + " (try: memscape " + ("memscape".equals(command) ? "" : command + " ") + "--help)");
            err.flush();
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean user = ex instanceof UserError;
            err.println("memscape: " + (user ? ex.getMessage() : "internal error, please report it: " + ex));
            err.flush();
            return user ? USAGE_ERROR : INTERNAL_ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args, PictureRenderer renderer) {
        System.exit(run(args, new PrintWriter(System.out), new PrintWriter(System.err), renderer));
    }
}
