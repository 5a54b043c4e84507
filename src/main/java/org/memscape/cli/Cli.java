package org.memscape.cli;

import org.memscape.cli.bench.BenchCommand;
import org.memscape.output.PictureRenderer;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The headless commands. Every failure a user can cause ends in one line on stderr and exit
 * code 2; success is exit 0.
 */
@Command(name = "memscape", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Energy landscapes of associative memories and diffusion models, headless.",
        subcommands = {FieldCommand.class, RunCommand.class, RenderCommand.class, BenchCommand.class,
                FixedPointsCommand.class, BasinsCommand.class, CompareCommand.class, ExperimentCommand.class, TrainCommand.class})
public final class Cli implements Runnable {

    public static final int USAGE_ERROR = 2;
    /** A bug, not the user's doing (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;

    /** 128 + SIGPIPE, what a shell reports for a program whose reader went away (| head). */
    public static final int OUTPUT_CLOSED = 141;

    private final PictureRenderer renderer;
    private final OutputStream stdout;

    private Cli(PictureRenderer renderer, OutputStream stdout) {
        this.renderer = renderer;
        this.stdout = stdout;
    }

    /** The names of the registered commands, as typed after the jar's name. */
    public static java.util.Set<String> commandNames() {
        return commandLine().getSubcommands().keySet();
    }

    /** The commands' parser, for what it says about them (the renderer and output are not set). */
    static CommandLine commandLine() {
        return new CommandLine(new Cli(null, null));
    }

    /** Where {@code --out -} writes. */
    OutputStream stdout() { return stdout; }

    /** What {@code render} paints with (the launcher gives the window's painter), or null. */
    PictureRenderer renderer() { return renderer; }

    @Override public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this),
                "name a command: field, run, render, fixed-points, basins, compare, bench, experiment or train (see --help)");
    }

    /** Runs a command line with no picture renderer (every command but render); returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, null);
    }

    /** Runs a command line; {@code render} paints with the given renderer. Returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, PictureRenderer renderer) {
        return run(args, out, err, renderer, checked(System.out));
    }

    /**
     * System.out as a stream that fails when a write fails: a PrintStream swallows its errors, and
     * a full disk or a closed pipe would end in exit 0 with the output cut short. (The program
     * itself writes to the process's stdout directly, which also says why; see {@link #main}.)
     */
    private static OutputStream checked(PrintStream stream) {
        return new OutputStream() {
            @Override public void write(int b) throws IOException {
                stream.write(b);
                check();
            }

            @Override public void write(byte[] b, int off, int len) throws IOException {
                stream.write(b, off, len);
                check();
            }

            @Override public void flush() throws IOException {
                stream.flush();
                check();
            }

            private void check() throws IOException {
                if (stream.checkError()) throw new IOException("the output could not be written");
            }
        };
    }

    /** The same, with {@code --out -} written to {@code stdout}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, PictureRenderer renderer, OutputStream stdout) {
        CommandLine cli = new CommandLine(new Cli(renderer, stdout));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, argv) -> {
            String command = ex.getCommandLine().getCommandName();
            String unknown = ex instanceof CommandLine.UnmatchedArgumentException u ? unknownCommand(u) : null;
            err.println("memscape: " + (unknown != null ? unknown : ex.getMessage() + suggestions(ex))
                    + " (try: memscape " + ("memscape".equals(command) ? "" : command + " ") + "--help)");
            err.flush();
            return USAGE_ERROR;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CsvOutput.OutputClosed) return OUTPUT_CLOSED;   // nothing to say: no one reads any more
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

    /**
     * A mistyped command ({@code memscape feild}) in one line: which word is not a command, and the
     * closest commands (picocli's suggestions), else the list of them. Null for any other unmatched argument.
     */
    private static String unknownCommand(CommandLine.UnmatchedArgumentException e) {
        CommandLine at = e.getCommandLine();
        java.util.List<String> unmatched = e.getUnmatched();
        if (at.getSubcommands().isEmpty() || unmatched.isEmpty() || e.isUnknownOption()) return null;
        // a command's positional words would be its own: only where the next word must be a command
        if (!at.getCommandSpec().positionalParameters().isEmpty()) return null;
        java.util.List<String> close = e.getSuggestions();
        String names = String.join(", ", at.getSubcommands().keySet());
        return "'" + unmatched.get(0) + "' is not a command; "
                + (close.isEmpty() ? "the commands are " + names : "did you mean " + String.join(" or ", close) + "?");
    }

    /** "; did you mean --scene?" after picocli's message for a mistyped option, or nothing. */
    private static String suggestions(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException u) || u.getSuggestions().isEmpty()) return "";
        return "; did you mean " + String.join(" or ", u.getSuggestions()) + "?";
    }

    public static void main(String[] args, PictureRenderer renderer) {
        // --out - writes to the process's stdout itself, whose write errors say why (a full disk, a closed pipe)
        System.exit(run(args, new PrintWriter(System.out), new PrintWriter(System.err), renderer, new FileOutputStream(FileDescriptor.out)));
    }
}
