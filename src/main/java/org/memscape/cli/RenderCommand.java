package org.memscape.cli;

import org.memscape.output.PictureRenderer;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.memscape.core.EnergyModel;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Paints the landscape as the window shows it, with no display.",
                "FILE.png: the state after K steps, with the fading trails of the steps before.",
                "FILE.gif or FILE.mp4 (H.264): an animation of steps 0 to K. To stay under " + PictureRenderer.BUDGET_TEXT + ",",
                "it shows steps spread evenly over the run if it must (--every-step: all).",
                "Before writing it says on stderr which steps and the expected size,",
                "measured on a few frames. Every file carries the scene's title, its seed",
                "and the version; a diffusion run's pictures show tau and the step."})
final class RenderCommand implements Callable<Integer> {

    static final int MIN_WIDTH = 400;
    static final int MIN_HEIGHT = 300;
    /** The longest side of the written picture, in pixels (scale included). */
    static final int MAX_SIDE = 8192;
    /** Pixels in all (4× a 1280×800 window): each costs some 40 bytes while painted, within a laptop's default heap. */
    static final long MAX_PIXELS = 5120L * 3200;
    static final int MAX_SCALE = 4;
    private static final Pattern SIZE = Pattern.compile("(\\d{1,5})[xX×](\\d{1,5})");

    @Spec CommandSpec spec;
    @ParentCommand Cli parent;

    @Option(names = "--scene", required = true, paramLabel = "FILE", description = "the scene file")
    Path scene;

    @Option(names = "--tau", paramLabel = "T", description = "diffusion: show the landscape at noise level T in (0, 1] (default: the particles' own)")
    Double tau;

    @Option(names = "--steps", paramLabel = "K", description = "number of steps (default: the scene's dynamics.steps)")
    Integer steps;

    @Option(names = "--out", required = true, paramLabel = "FILE.png|FILE.gif|FILE.mp4", description = "the picture or animation to write")
    Path out;

    @Option(names = "--size", paramLabel = "WxH", defaultValue = "1280x800", description = "layout size in pixels (default: ${DEFAULT-VALUE})")
    String size;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "1", description = "pixels per layout pixel, 1 to " + MAX_SCALE + " (2 for slides)")
    int scale;

    @Option(names = "--caption", description = "write the scene's title and description above the landscape")
    boolean caption;

    @Option(names = "--no-colorbar", description = "leave out the colorbar")
    boolean noColorbar;

    @Option(names = "--fps", paramLabel = "N", defaultValue = "15", description = "animation: frames per second, 1 to " + PictureRenderer.MAX_FPS + " (default: ${DEFAULT-VALUE})")
    int fps;

    @Option(names = "--no-loop", description = "GIF: play once instead of looping")
    boolean noLoop;

    @Option(names = "--every-step", description = "animation: a frame for every step, however large the file (default: at most " + PictureRenderer.BUDGET_TEXT + ", steps evenly sampled if need be)")
    boolean everyStep;

    @Override public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        PictureRenderer.Kind kind = name.endsWith(".png") ? PictureRenderer.Kind.PNG : name.endsWith(".gif") ? PictureRenderer.Kind.GIF
                : name.endsWith(".mp4") ? PictureRenderer.Kind.MP4 : null;
        if (kind == null) throw new UserError("--out " + out + ": expected a file name ending in .png, .gif or .mp4");
        boolean animation = kind != PictureRenderer.Kind.PNG;
        if (scale < 1 || scale > MAX_SCALE) throw new UserError("--scale " + scale + ": expected a whole number from 1 to " + MAX_SCALE);
        int[] wh = parseSize(size, scale);
        if (fps < 1 || fps > PictureRenderer.MAX_FPS) throw new UserError("--fps " + fps + ": expected a whole number from 1 to " + PictureRenderer.MAX_FPS);
        if (steps != null && (steps < 0 || steps > RunCommand.MAX_STEPS)) {
            throw new UserError("--steps " + steps + ": expected a whole number from 0 to " + RunCommand.MAX_STEPS);
        }
        Path dir = out.toAbsolutePath().getParent();
        if (Files.isDirectory(out)) throw new UserError("--out " + out + ": is a directory; expected a file name");
        if (dir == null || !Files.isDirectory(dir)) throw new UserError("--out " + out + ": cannot write (no such directory)");
        if (!Files.isWritable(dir)) throw new UserError("--out " + out + ": cannot write (permission denied)");

        Notes notes = new Notes();
        Scene s = SceneInput.read(scene, notes);
        CsvOutput.refuseSceneAsOutput(out, scene, "--out");
        if (steps != null) s = s.withDynamics(s.dynamics().withSteps(steps));
        int k = s.dynamics().steps();
        if (animation && everyStep && k + 1 > PictureRenderer.MAX_FRAMES) {
            String message = (steps != null ? "--steps " : "dynamics.steps ") + k + ": with --every-step an animation has a frame per step;"
                    + " expected at most " + (PictureRenderer.MAX_FRAMES - 1) + " steps (without it, the steps are sampled)";
            throw steps != null ? new UserError(message) : SceneInput.sceneError(scene, message);
        }
        EnergyModel model = SceneSetup.model(s);
        SceneInput.noteIfUnbounded(model, notes);
        double t = Double.NaN;
        if (model.timeDependent()) {
            SceneInput.checkNoiseFloor(model, s.dynamics().tauMin(), "dynamics.tauMin", scene);
            if (tau != null) {
                if (!(tau > 0 && tau <= 1)) throw new UserError("--tau " + tau + ": expected a noise level in (0, 1]");
                SceneInput.checkNoiseFloor(model, tau, "--tau", null);
                t = tau;
            }
        } else if (tau != null) {
            notes.add("--tau ignored: the " + scene.getFileName() + " model does not depend on time");
        }
        if (parent == null || parent.renderer() == null) throw new IllegalStateException("no picture renderer was given to the command line");
        try {
            parent.renderer().render(new PictureRenderer.Job(s, t, k, out, kind, wh[0], wh[1], scale, !noColorbar, caption, fps, !noLoop,
                    everyStep), err);
        } catch (IOException e) {
            throw new UserError("--out " + out + ": cannot write (" + CsvOutput.describe(e) + ")");
        } catch (OutOfMemoryError e) {
            throw new UserError("not enough memory for a " + wh[0] * scale + "x" + wh[1] * scale
                    + " picture: try a smaller --size or --scale, or give Java more memory (java -Xmx4g -jar …)");
        }
        notes.printTo(err);
        return 0;
    }

    /** "1280x800" → {1280, 800}, within the limits, or a one-line error saying what was expected. */
    static int[] parseSize(String text, int scale) {
        Matcher m = SIZE.matcher(text.strip());
        String expected = "expected WIDTHxHEIGHT in pixels, e.g. 1280x800, at least " + MIN_WIDTH + "x" + MIN_HEIGHT
                + ", at most " + MAX_SIDE + " a side and " + MAX_PIXELS / 1_000_000 + " million pixels in all"
                + (scale > 1 ? " once multiplied by --scale " + scale : "");
        if (!m.matches()) throw new UserError("--size " + text + ": " + expected);
        int w = Integer.parseInt(m.group(1)), h = Integer.parseInt(m.group(2));
        if (w < MIN_WIDTH || h < MIN_HEIGHT || (long) w * scale > MAX_SIDE || (long) h * scale > MAX_SIDE
                || (long) w * scale * h * scale > MAX_PIXELS) {
            throw new UserError("--size " + text + ": " + expected);
        }
        return new int[] {w, h};
    }
}
