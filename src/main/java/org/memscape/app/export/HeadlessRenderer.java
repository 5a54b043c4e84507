package org.memscape.app.export;

import org.memscape.app.landscape.ViewSettings;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.memscape.app.export.AnimationFormat;
import org.memscape.app.export.AnimationPlan;
import org.memscape.output.PictureRenderer;
import org.memscape.output.Provenance;

/**
 * The {@code render} command's painter: the window's own landscape code on JavaFX's headless
 * platform (Monocle, software rendering), so it needs no display and paints what the window would.
 */
public final class HeadlessRenderer {

    /** Kept so that the level set on it stays (loggers are held weakly). */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");
    private static boolean started;

    private HeadlessRenderer() {}

    public static void render(PictureRenderer.Job job, PrintWriter notes) throws IOException {
        startToolkit();
        PictureOptions options = new PictureOptions(job.width(), job.height(), job.scale(), job.colorbar(), job.caption());
        Provenance about = Provenance.of(job.scene());
        try (PictureMaker maker = new PictureMaker(job.scene(), ViewSettings.initial(job.scene().domain()), options, job.tau())) {
            if (job.kind() == PictureRenderer.Kind.PNG) {
                LandscapeFiles.png(maker, job.steps(), about, job.out());
                return;
            }
            AnimationFormat format = job.kind() == PictureRenderer.Kind.MP4 ? AnimationFormat.MP4 : AnimationFormat.GIF;
            int w = options.pixelWidth(), h = options.pixelHeight();
            LandscapeFiles.Planned planned = LandscapeFiles.plan(maker, format, job.steps(), w, h, job.framesPerSecond(), job.everyStep());
            String name = String.valueOf(job.out().getFileName());
            AnimationPlan plan = planned.plan();
            notes.println("memscape: " + name + ": " + plan.summary(job.framesPerSecond())
                    + (plan.sampled() && !job.everyStep() ? "; --every-step for all " + (job.steps() + 1)
                            + " (about " + AnimationPlan.megabytes(plan.everyStepBytes()) + ")" : ""));
            notes.flush();
            LandscapeFiles.animation(maker, format, plan, planned.palette(), w, h, job.framesPerSecond(), job.loop(), about, job.out(),
                    (done, all) -> { });
            notes.println("memscape: wrote " + name + ": " + AnimationPlan.megabytes(java.nio.file.Files.size(job.out())));
            notes.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    /**
     * Starts JavaFX on Monocle's headless platform, as the tests do, unless it is running already
     * (in the tests). The platform is chosen by system properties read once, at start.
     */
    static synchronized void startToolkit() {
        if (started) return;
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
        // "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'": true of
        // every shaded jar, and no business of a command's user.
        JAVAFX_LOG.setLevel(Level.SEVERE);
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
            ready.await();
        } catch (IllegalStateException alreadyRunning) {
            // the toolkit was started before (the tests' headless platform): use it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting JavaFX", e);
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }
}
