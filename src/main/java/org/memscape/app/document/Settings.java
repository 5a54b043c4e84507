package org.memscape.app.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.memscape.files.AtomicFile;

/**
 * What the window remembers between launches (its size, the colour map, the recent files), in a
 * small properties file, by default {@code ~/.memscape/settings.properties} ({@code ~} being
 * Java's {@code user.home}; {@code -Dmemscape.settings=FILE} names another). The store is handed
 * in, so a test uses a file of its own (or none) and never the user's. A file that is missing or
 * cannot be read gives the defaults; one that cannot be written is logged, and the window goes on:
 * remembering is a convenience, never a reason to fail.
 */
public final class Settings {

    private static final System.Logger LOG = System.getLogger(Settings.class.getName());
    private static final String RECENT = "recent.";

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** Settings that live as long as the window and are written nowhere (tests, the benchmark). */
    public static Settings inMemory() {
        return new Settings(null);
    }

    /** The settings in {@code file}, or the defaults if it is missing or unreadable; changes are written back to it. */
    public static Settings in(Path file) {
        Settings settings = new Settings(file);
        try (InputStream in = Files.newInputStream(file)) {
            settings.values.load(in);
        } catch (NoSuchFileException e) {
            // a first launch: the defaults
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not read the settings " + file + "; using the defaults", e);
            settings.values.clear();
        }
        return settings;
    }

    /** The user's settings file: {@code -Dmemscape.settings}, else {@code ~/.memscape/settings.properties}. */
    public static Path userFile() {
        String configured = System.getProperty("memscape.settings");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".memscape", "settings.properties");
    }

    /** Where the settings are written, or null for none. */
    public Path file() { return file; }

    public String get(String key, String otherwise) {
        return values.getProperty(key, otherwise);
    }

    /** The number under {@code key}, or {@code otherwise} if there is none or it is not a finite number. */
    public double number(String key, double otherwise) {
        try {
            double v = Double.parseDouble(values.getProperty(key, ""));
            return Double.isFinite(v) ? v : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    public void put(String key, String value) {
        if (value.equals(values.getProperty(key))) return;
        values.setProperty(key, value);
        write();
    }

    /** Several values, written once. */
    public void putAll(java.util.Map<String, String> entries) {
        values.putAll(entries);
        write();
    }

    /** The recent files, newest first. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < RecentFiles.LIMIT; k++) {
            String p = values.getProperty(RECENT + k);
            if (p == null) break;
            try {
                files.add(Path.of(p));
            } catch (java.nio.file.InvalidPathException e) {
                // written on another system: skipped
            }
        }
        return files;
    }

    /** Puts {@code file} first among the recent files (see {@link RecentFiles#with}). */
    public void addRecent(Path file) {
        setRecent(RecentFiles.with(recentFiles(), file));
    }

    /** Takes {@code file} off the recent files (it is gone). */
    public void removeRecent(Path file) {
        List<Path> files = new ArrayList<>(recentFiles());
        if (files.removeIf(p -> p.equals(file))) setRecent(files);
    }

    private void setRecent(List<Path> files) {
        values.stringPropertyNames().stream().filter(k -> k.startsWith(RECENT)).toList().forEach(values::remove);
        for (int k = 0; k < files.size(); k++) values.setProperty(RECENT + k, files.get(k).toString());
        write();
    }

    private void write() {
        if (file == null) return;
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            AtomicFile.write(file, out -> values.store(out, "Memscape's settings (written by the program)"));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not write the settings " + file, e);
        }
    }
}
