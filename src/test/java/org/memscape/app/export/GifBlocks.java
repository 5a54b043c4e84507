package org.memscape.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A GIF file's blocks as written, read byte by byte (ImageIO's reader hides whether a colour table
 * is global or local): the logical screen, the global colour table, and each frame's rectangle,
 * local table, disposal and transparency; the comments as raw bytes.
 */
public record GifBlocks(int width, int height, int globalColours, List<Frame> frames, List<byte[]> comments) {

    public record Frame(int left, int top, int width, int height, boolean localTable, int disposal, boolean transparent, int delay) {}

    public static GifBlocks read(Path file) throws IOException {
        byte[] d = Files.readAllBytes(file);
        if (!new String(d, 0, 6, java.nio.charset.StandardCharsets.US_ASCII).equals("GIF89a")) throw new IOException("not a GIF89a");
        int width = u16(d, 6), height = u16(d, 8), packed = d[10] & 0xFF;
        int globalColours = (packed & 0x80) != 0 ? 2 << (packed & 7) : 0;
        int p = 13 + 3 * globalColours;
        List<Frame> frames = new ArrayList<>();
        List<byte[]> comments = new ArrayList<>();
        int disposal = 0, delay = 0;
        boolean transparent = false;
        while (p < d.length) {
            int type = d[p] & 0xFF;
            if (type == 0x3B) return new GifBlocks(width, height, globalColours, frames, comments);
            if (type == 0x21) {
                int label = d[p + 1] & 0xFF;
                p += 2;
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                while ((d[p] & 0xFF) != 0) {
                    body.write(d, p + 1, d[p] & 0xFF);
                    p += (d[p] & 0xFF) + 1;
                }
                p++;
                byte[] b = body.toByteArray();
                if (label == 0xF9) {
                    disposal = (b[0] >> 2) & 7;
                    transparent = (b[0] & 1) != 0;
                    delay = (b[1] & 0xFF) | (b[2] & 0xFF) << 8;
                } else if (label == 0xFE) {
                    comments.add(b);
                }
            } else if (type == 0x2C) {
                int fp = d[p + 9] & 0xFF;
                boolean local = (fp & 0x80) != 0;
                frames.add(new Frame(u16(d, p + 1), u16(d, p + 3), u16(d, p + 5), u16(d, p + 7), local, disposal, transparent, delay));
                p += 10 + (local ? 3 * (2 << (fp & 7)) : 0) + 1;   // descriptor, local table, LZW code size
                while ((d[p] & 0xFF) != 0) p += (d[p] & 0xFF) + 1;
                p++;
            } else {
                throw new IOException("unexpected block " + type + " at byte " + p);
            }
        }
        throw new IOException("no trailer");
    }

    private static int u16(byte[] d, int at) {
        return (d[at] & 0xFF) | (d[at + 1] & 0xFF) << 8;
    }
}
