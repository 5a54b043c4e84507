package org.memscape.app.export;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
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
 * An animated GIF written frame by frame to a stream (a long run is never held in memory), small
 * enough for slides: one global palette ({@link GifPalette}) and, after the first frame, only the
 * rectangle that changed, its unchanged pixels transparent ("do not dispose": the frame before
 * shows through). Each frame is shown for 1/fps s, looping forever (the NETSCAPE2.0 extension) or
 * once; a comment carries the provenance, in ASCII ({@link AsciiText}: GIF comments are 7-bit).
 * Use inside {@link org.memscape.files.AtomicFile#write}, so a cancelled animation leaves no file.
 */
public final class GifFile implements AnimationFile {

    private static final String IMAGE_FORMAT = "javax_imageio_gif_image_1.0";
    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";

    private final ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    private final ImageOutputStream stream;
    private final GifPalette palette;
    private final int width, height;
    private final int delayCentiseconds;
    private final boolean loop;
    private final String comment;
    /** The picture as a viewer shows it after the frames so far, as palette indices. */
    private final byte[] shown;
    private final int[] row;
    private boolean first = true;

    public GifFile(OutputStream out, int width, int height, GifPalette palette, int framesPerSecond, boolean loop, String comment)
            throws IOException {
        this.stream = ImageIO.createImageOutputStream(out);
        this.width = width;
        this.height = height;
        this.palette = palette;
        this.delayCentiseconds = delay(framesPerSecond);
        this.loop = loop;
        this.comment = comment == null ? null : AsciiText.of(comment);
        this.shown = new byte[width * height];
        this.row = new int[width];
        writer.setOutput(stream);
        writer.prepareWriteSequence(streamMetadata());
    }

    /** GIF counts in hundredths of a second: 15 fps is 7/100 s a frame (14.3 fps). */
    public static int delay(int framesPerSecond) {
        return Math.max(2, Math.round(100f / framesPerSecond));
    }

    /** Adds a frame of the GIF's size: the first whole, each later one as the rectangle that changed. */
    @Override public void add(BufferedImage frame) throws IOException {
        if (frame.getWidth() != width || frame.getHeight() != height) {
            throw new IllegalArgumentException("a frame of " + frame.getWidth() + "x" + frame.getHeight() + " in a GIF of " + width + "x" + height);
        }
        byte[] now = new byte[width * height];
        int left = width, top = height, right = -1, bottom = -1;
        for (int y = 0; y < height; y++) {
            frame.getRGB(0, y, width, 1, row, 0, width);
            int at = y * width;
            for (int x = 0; x < width; x++) {
                byte index = (byte) palette.index(row[x]);
                now[at + x] = index;
                if (first || index != shown[at + x]) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (right < 0) {   // nothing changed: one transparent pixel keeps the frame's time
            left = top = right = bottom = 0;
        }
        int w = right - left + 1, h = bottom - top + 1;
        BufferedImage part = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, palette.colorModel());
        byte[] pixels = ((DataBufferByte) part.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            int from = (top + y) * width + left;
            for (int x = 0; x < w; x++) {
                byte index = now[from + x];
                pixels[y * w + x] = first || index != shown[from + x] ? index : (byte) GifPalette.TRANSPARENT;
            }
        }
        writer.writeToSequence(new IIOImage(part, null, imageMetadata(part, left, top)), null);
        System.arraycopy(now, 0, shown, 0, now.length);
        first = false;
    }

    /** Bytes written so far (what the frames cost: the size of the file, once finished). */
    @Override public long bytes() throws IOException {
        return stream.getStreamPosition();
    }

    /** Ends the animation; the stream is complete only after this. */
    @Override public void finish() throws IOException {
        writer.endWriteSequence();
        stream.flush();
    }

    @Override public void close() throws IOException {
        writer.dispose();
        stream.close();
    }

    private IIOMetadata streamMetadata() throws IOException {
        IIOMetadata metadata = writer.getDefaultStreamMetadata(null);
        IIOMetadataNode root = new IIOMetadataNode(STREAM_FORMAT);
        IIOMetadataNode screen = new IIOMetadataNode("LogicalScreenDescriptor");
        screen.setAttribute("logicalScreenWidth", Integer.toString(width));
        screen.setAttribute("logicalScreenHeight", Integer.toString(height));
        screen.setAttribute("colorResolution", "8");
        screen.setAttribute("pixelAspectRatio", "0");
        root.appendChild(screen);
        IIOMetadataNode table = new IIOMetadataNode("GlobalColorTable");
        table.setAttribute("sizeOfGlobalColorTable", "256");
        table.setAttribute("backgroundColorIndex", "0");
        table.setAttribute("sortFlag", "FALSE");
        int[] colours = palette.colours();
        for (int i = 0; i < 256; i++) {
            int c = i < colours.length ? colours[i] : 0;
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString((c >> 16) & 0xFF));
            entry.setAttribute("green", Integer.toString((c >> 8) & 0xFF));
            entry.setAttribute("blue", Integer.toString(c & 0xFF));
            table.appendChild(entry);
        }
        root.appendChild(table);
        metadata.mergeTree(STREAM_FORMAT, root);
        return metadata;
    }

    private IIOMetadata imageMetadata(BufferedImage part, int left, int top) throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(part), null);
        IIOMetadataNode root = new IIOMetadataNode(IMAGE_FORMAT);
        IIOMetadataNode descriptor = new IIOMetadataNode("ImageDescriptor");
        descriptor.setAttribute("imageLeftPosition", Integer.toString(left));
        descriptor.setAttribute("imageTopPosition", Integer.toString(top));
        descriptor.setAttribute("imageWidth", Integer.toString(part.getWidth()));
        descriptor.setAttribute("imageHeight", Integer.toString(part.getHeight()));
        descriptor.setAttribute("interlaceFlag", "FALSE");
        root.appendChild(descriptor);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "doNotDispose");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", first ? "FALSE" : "TRUE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", Integer.toString(GifPalette.TRANSPARENT));
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
        metadata.mergeTree(IMAGE_FORMAT, root);
        return metadata;
    }
}
