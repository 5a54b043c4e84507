package org.memscape.app.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import org.jcodec.codecs.h264.H264Encoder;
import org.jcodec.common.Codec;
import org.jcodec.common.MuxerTrack;
import org.jcodec.common.VideoCodecMeta;
import org.jcodec.common.VideoEncoder;
import org.jcodec.common.io.FileChannelWrapper;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Packet;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Size;
import org.jcodec.containers.mp4.boxes.Box;
import org.jcodec.containers.mp4.boxes.Header;
import org.jcodec.containers.mp4.boxes.MovieBox;
import org.jcodec.containers.mp4.muxer.MP4Muxer;

/**
 * An H.264 video in an MP4 file (what slide programs embed), encoded by JCodec in pure Java at its
 * default rate control (QP 20 for key frames, 26 for the others; higher QPs were tried and drift
 * into coloured noise within a few seconds), a key frame every 25 frames. The provenance is the
 * file's comment (moov/udta/meta/ilst "©cmt", UTF-8).
 *
 * <p>JCodec writes no colour range into the stream, so players take the usual "limited" range
 * (Y 16–235): the frames are converted to it here (BT.601, as players assume for video without
 * colour information), not to JCodec's full range, which players show with crushed darks. H.264
 * 4:2:0 needs even sides: an odd last column or row is left out.
 */
public final class Mp4File implements AnimationFile {

    /** Frames from one key frame to the next (JCodec's default). */
    public static final int KEY_INTERVAL = 25;

    private final H264Encoder encoder = H264Encoder.createH264Encoder();
    private final MP4Muxer muxer;
    private final int framesPerSecond;
    private final String comment;
    private final Picture picture;
    private final int[] row;
    private MuxerTrack track;
    private ByteBuffer buffer;
    private long bytes;
    private int frames;

    /**
     * @param file the channel to write to, or null to only count what the frames would cost
     *             ({@link #bytes()}), for an estimate
     */
    public Mp4File(FileChannel file, int width, int height, int framesPerSecond, String comment) throws IOException {
        if (width < 2 || height < 2) throw new IllegalArgumentException("an MP4 needs at least 2x2 pixels, got " + width + "x" + height);
        this.muxer = file == null ? null : MP4Muxer.createMP4MuxerToChannel(new FileChannelWrapper(file));
        this.framesPerSecond = framesPerSecond;
        this.comment = comment;
        this.picture = Picture.create(width & ~1, height & ~1, ColorSpace.YUV420J);
        this.row = new int[width];
        encoder.setKeyInterval(KEY_INTERVAL);
    }

    @Override public void add(BufferedImage frame) throws IOException {
        toLimitedYuv(frame, picture, row);
        if (buffer == null) buffer = ByteBuffer.allocate(encoder.estimateBufferSize(picture));
        buffer.clear();
        VideoEncoder.EncodedFrame encoded = encoder.encodeFrame(picture, buffer);
        ByteBuffer data = encoded.getData();
        bytes += data.remaining();
        if (muxer != null) {
            if (track == null) {
                track = muxer.addVideoTrack(Codec.H264, VideoCodecMeta.createSimpleVideoCodecMeta(
                        new Size(picture.getWidth(), picture.getHeight()), ColorSpace.YUV420J));
            }
            ByteBuffer copy = ByteBuffer.allocate(data.remaining());
            copy.put(data).flip();
            track.addFrame(Packet.createPacket(copy, frames, framesPerSecond, 1, frames,
                    encoded.isKeyFrame() ? Packet.FrameType.KEY : Packet.FrameType.INTER, null));
        }
        frames++;
    }

    @Override public long bytes() {
        return bytes;
    }

    @Override public void finish() throws IOException {
        if (muxer == null) return;
        if (track == null) throw new IOException("an MP4 needs at least one frame");
        MovieBox movie = muxer.finalizeHeader();
        if (comment != null) movie.add(Box.createLeafBox(Header.createHeader("udta", 0), ByteBuffer.wrap(commentMeta(comment))));
        muxer.storeHeader(movie);
    }

    @Override public void close() {
        // the channel belongs to the caller (AtomicFile closes it)
    }

    /**
     * The body of moov/udta holding the comment as players read it (iTunes-style metadata): meta
     * (version 0) → hdlr "mdir" → ilst → "©cmt" → data (type 1: UTF-8). JCodec's own MetaBox
     * writes QuickTime's form, without the version and handler, which MP4 readers skip.
     */
    static byte[] commentMeta(String comment) {
        byte[] text = comment.getBytes(StandardCharsets.UTF_8);
        ByteBuffer data = box("data", 8 + text.length).putInt(1).putInt(0).put(text);
        ByteBuffer item = box("\u00A9cmt", data.capacity()).put(data.flip());
        ByteBuffer ilst = box("ilst", item.capacity()).put(item.flip());
        ByteBuffer hdlr = box("hdlr", 25).putInt(0).putInt(0).put(ascii("mdir")).put(ascii("appl")).putInt(0).putInt(0).put((byte) 0);
        ByteBuffer meta = box("meta", 4 + hdlr.capacity() + ilst.capacity()).putInt(0).put(hdlr.flip()).put(ilst.flip());
        return meta.array();
    }

    /** A box of {@code bodySize} bytes after its size and four-character type ("©" is the one byte 0xA9). */
    private static ByteBuffer box(String type, int bodySize) {
        return ByteBuffer.allocate(8 + bodySize).putInt(8 + bodySize).put(type.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * RGB to limited-range BT.601 Y'CbCr 4:2:0 (Y 16–235, Cb and Cr 16–240), each chroma sample the
     * mean of its 2×2 pixels, into JCodec's planes (8-bit samples stored minus 128).
     */
    static void toLimitedYuv(BufferedImage frame, Picture picture, int[] row) {
        int w = picture.getWidth(), h = picture.getHeight();
        byte[] yPlane = picture.getPlaneData(0), uPlane = picture.getPlaneData(1), vPlane = picture.getPlaneData(2);
        int yStride = picture.getPlaneWidth(0), cStride = picture.getPlaneWidth(1);
        int[] sumU = new int[cStride], sumV = new int[cStride];
        for (int y = 0; y < h; y++) {
            frame.getRGB(0, y, w, 1, row, 0, w);
            if ((y & 1) == 0) {
                java.util.Arrays.fill(sumU, 0);
                java.util.Arrays.fill(sumV, 0);
            }
            for (int x = 0; x < w; x++) {
                int c = row[x];
                int r = (c >> 16) & 0xFF, g = (c >> 8) & 0xFF, b = c & 0xFF;
                int luma = (66 * r + 129 * g + 25 * b + 128 >> 8) + 16;
                yPlane[y * yStride + x] = (byte) (luma - 128);
                sumU[x >> 1] += (-38 * r - 74 * g + 112 * b + 128 >> 8) + 128;
                sumV[x >> 1] += (112 * r - 94 * g - 18 * b + 128 >> 8) + 128;
            }
            if ((y & 1) == 1) {
                int at = (y >> 1) * cStride;
                for (int x = 0; x < w >> 1; x++) {
                    uPlane[at + x] = (byte) ((sumU[x] + 2 >> 2) - 128);
                    vPlane[at + x] = (byte) ((sumV[x] + 2 >> 2) - 128);
                }
            }
        }
    }
}
