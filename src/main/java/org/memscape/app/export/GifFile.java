package org.memscape.app.export;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF written frame by frame to a stream (so a long run never holds every frame in
 * memory): each frame shown for 1/fps s, looping forever (the NETSCAPE2.0 extension) or once, and a
 * comment with the provenance. ImageIO reduces each frame to its own 256-colour palette.
 * Use inside {@link org.memscape.scene.AtomicFile#write}, so a cancelled animation leaves no file.
 */
public final class GifFile implements Closeable {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    private final ImageOutputStream stream;
    private final int delayCentiseconds;
    private final boolean loop;
    private final String comment;
    private boolean first = true;

    public GifFile(OutputStream out, int framesPerSecond, boolean loop, String comment) throws IOException {
        this.stream = ImageIO.createImageOutputStream(out);
        this.delayCentiseconds = delay(framesPerSecond);
        this.loop = loop;
        this.comment = comment;
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    /** GIF counts in hundredths of a second: 15 fps is 7/100 s a frame (14.3 fps). */
    public static int delay(int framesPerSecond) {
        return Math.max(2, Math.round(100f / framesPerSecond));
    }

    public void add(BufferedImage frame) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        root.appendChild(control);
        if (first) {
            if (comment != null) {
                IIOMetadataNode comments = new IIOMetadataNode("CommentExtensions");
                IIOMetadataNode c = new IIOMetadataNode("CommentExtension");
                c.setAttribute("value", comment);
                comments.appendChild(c);
                root.appendChild(comments);
            }
            if (loop) {
                IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
                IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
                app.setAttribute("applicationID", "NETSCAPE");
                app.setAttribute("authenticationCode", "2.0");
                app.setUserObject(new byte[] {1, 0, 0});   // sub-block 1: loop count 0 = forever
                apps.appendChild(app);
                root.appendChild(apps);
            }
        }
        metadata.mergeTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(frame, null, metadata), null);
        first = false;
    }

    /** Ends the animation; the stream is complete only after this. */
    public void finish() throws IOException {
        writer.endWriteSequence();
        stream.flush();
    }

    @Override public void close() throws IOException {
        writer.dispose();
        stream.close();
    }
}
