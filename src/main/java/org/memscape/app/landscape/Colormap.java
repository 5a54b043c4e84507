package org.memscape.app.landscape;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.paint.Color;

/**
 * A colormap table (r,g,b in 0..1 per row) from {@code /assets/colormaps/NAME.csv}, mapping
 * t ∈ [0, 1] to a colour by linear interpolation between the rows; t outside is clamped.
 */
public final class Colormap {

    private final String name;
    private final double[][] rgb;

    private Colormap(String name, double[][] rgb) {
        this.name = name;
        this.rgb = rgb;
    }

    public static Colormap viridis() {
        return load("viridis");
    }

    public static Colormap load(String name) {
        String resource = "/assets/colormaps/" + name + ".csv";
        try (InputStream in = Colormap.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalArgumentException("no colormap table " + resource);
            return new Colormap(name, parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static double[][] parse(BufferedReader reader, String resource) throws IOException {
        List<double[]> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) continue;
            String[] parts = line.split(",");
            if (parts.length != 3) throw new IllegalArgumentException(resource + ": not r,g,b: " + line);
            rows.add(new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])});
        }
        if (rows.size() < 2) throw new IllegalArgumentException(resource + ": fewer than two colours");
        return rows.toArray(double[][]::new);
    }

    /** Lightness (CIE L*) below which a projector in a lit room shows only black: its black is lifted by the room's light. */
    static final double PROJECTOR_MIN_LIGHTNESS = 30;

    /**
     * This map without its darkest part, so that a projector in a lit room still shows every
     * step of it: it starts where the lightness first reaches {@link #PROJECTOR_MIN_LIGHTNESS}
     * (viridis at 0.18, magma at 0.34; coolwarm, never that dark, stays whole). What is left is
     * still perceptually uniform, and the valleys, the lowest energies, stay distinguishable.
     */
    public Colormap forProjector() {
        int first = 0;
        while (first < rgb.length - 2 && lightness(rgb[first]) < PROJECTOR_MIN_LIGHTNESS) first++;
        if (first == 0) return this;
        double from = (double) first / (rgb.length - 1);
        double[][] lifted = new double[rgb.length][];
        for (int k = 0; k < rgb.length; k++) lifted[k] = rgb(from + (1 - from) * k / (rgb.length - 1));
        return new Colormap(name + ", projector", lifted);
    }

    /** CIE L* of an sRGB colour, 0 (black) to 100 (white). */
    static double lightness(double[] c) {
        double y = 0.2126 * linear(c[0]) + 0.7152 * linear(c[1]) + 0.0722 * linear(c[2]);
        return y > 216.0 / 24389 ? 116 * Math.cbrt(y) - 16 : y * 24389.0 / 27;
    }

    private static double linear(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    public String name() { return name; }

    public int size() { return rgb.length; }

    /** The interpolated colour at t as {r, g, b} in 0..1. */
    public double[] rgb(double t) {
        double pos = clamp(t) * (rgb.length - 1);
        int i = Math.min((int) pos, rgb.length - 2);
        double f = pos - i;
        double[] a = rgb[i];
        double[] b = rgb[i + 1];
        return new double[] {a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]), a[2] + f * (b[2] - a[2])};
    }

    /** The colour at t as an opaque ARGB int, as a PixelWriter takes it. */
    public int argb(double t) {
        double[] c = rgb(t);
        return 0xFF000000 | channel(c[0]) << 16 | channel(c[1]) << 8 | channel(c[2]);
    }

    public Color color(double t) {
        double[] c = rgb(t);
        return Color.color(c[0], c[1], c[2]);
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    private static double clamp(double t) {
        if (Double.isNaN(t)) return 0;
        return Math.max(0, Math.min(1, t));
    }
}
