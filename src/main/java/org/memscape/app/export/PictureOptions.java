package org.memscape.app.export;

/**
 * The picture an export writes: its layout size in pixels (caption included), how many file
 * pixels per layout pixel (2 for slides: the same layout, twice as sharp), and whether it shows
 * the colorbar and a caption (the scene's title and description above the landscape).
 */
public record PictureOptions(int width, int height, int scale, boolean colorbar, boolean caption) {

    public PictureOptions {
        if (width < 1 || height < 1 || scale < 1) throw new IllegalArgumentException("size and scale must be positive");
    }

    int pixelWidth() { return width * scale; }

    int pixelHeight() { return height * scale; }
}
