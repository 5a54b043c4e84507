package org.memscape.app.export;

import org.memscape.app.export.LandscapeFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The GIF's two threads: the frames are painted on one and encoded on the other, and the GIF's
 * writer (not thread-safe) and its file are closed only once the encoder has let go of them.
 */
class LandscapeFilesTest {

    private static final BufferedImage FRAME = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);

    /**
     * An encoder that knows when the export waits for it to end: an encoder stuck in a frame
     * (ImageIO does not stop on an interrupt) is let go only then, so an export that stopped
     * waiting for it would return while it is still inside the writer.
     */
    private static final class WatchedEncoder extends ThreadPoolExecutor {
        final CountDownLatch awaited = new CountDownLatch(1);

        WatchedEncoder() { super(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>()); }

        @Override public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
            awaited.countDown();
            return super.awaitTermination(timeout, unit);
        }
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;   // as ImageIO's writer: it finishes its frame
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    @Test
    void aCancelledAnimationReturnsOnlyOnceTheEncoderHasLetGoOfTheFile() {
        WatchedEncoder encoder = new WatchedEncoder();
        CountDownLatch encoding = new CountDownLatch(1);
        AtomicBoolean inside = new AtomicBoolean();
        try {
            assertThrows(InterruptedException.class, () -> LandscapeFiles.encode(sink -> {
                sink.accept(FRAME);
                encoding.await();   // the encoder is inside the writer now
                throw new InterruptedException();   // Cancel
            }, frame -> {
                inside.set(true);
                encoding.countDown();
                awaitIgnoringInterrupts(encoder.awaited);
                inside.set(false);
            }, encoder));
            assertFalse(inside.get(), "the GIF would be closed and its file deleted under the encoder");
        } finally {
            encoder.awaited.countDown();
            encoder.shutdownNow();
        }
    }

    @Test
    void anEncoderFailureIsTheExportsFailure() {
        WatchedEncoder encoder = new WatchedEncoder();
        try {
            IOException e = assertThrows(IOException.class, () -> LandscapeFiles.encode(sink -> {
                sink.accept(FRAME);
                sink.accept(FRAME);
            }, frame -> {
                throw new IOException("disk full");
            }, encoder));
            assertEquals("disk full", e.getMessage());
        } finally {
            encoder.shutdownNow();
        }
    }

    @Test
    void anEncoderFailureDuringACancelIsKeptWithTheCancel() {
        WatchedEncoder encoder = new WatchedEncoder();
        CountDownLatch encoding = new CountDownLatch(1);
        try {
            InterruptedException e = assertThrows(InterruptedException.class, () -> LandscapeFiles.encode(sink -> {
                sink.accept(FRAME);
                encoding.await();
                throw new InterruptedException();
            }, frame -> {
                encoding.countDown();
                awaitIgnoringInterrupts(encoder.awaited);
                throw new IOException("disk full");
            }, encoder));
            assertEquals(1, e.getSuppressed().length, "the encoder's failure is not lost");
            assertEquals("disk full", e.getSuppressed()[0].getMessage());
        } finally {
            encoder.awaited.countDown();
            encoder.shutdownNow();
        }
    }
}
