package org.memscape.app.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window remembers: written to the file it is given (never the user's here), read back at the next start. */
class SettingsTest {

    @TempDir Path dir;

    @Test
    void valuesAndRecentFilesSurviveARestart() {
        Path file = dir.resolve("sub/settings.properties");
        Settings first = Settings.in(file);
        first.putAll(Map.of("window.width", "1111", "window.height", "777"));
        first.put("view.colormap", "magma");
        first.addRecent(dir.resolve("a.json"));
        first.addRecent(dir.resolve("b.json"));

        Settings next = Settings.in(file);
        assertEquals(1111, next.number("window.width", 0));
        assertEquals(777, next.number("window.height", 0));
        assertEquals("magma", next.get("view.colormap", "viridis"));
        assertEquals(List.of(dir.resolve("b.json"), dir.resolve("a.json")), next.recentFiles());
    }

    @Test
    void theNewestIsFirstEachFileOnceAndTheOldestGoPastTheLimit() {
        List<Path> files = new ArrayList<>();
        for (int k = 0; k < RecentFiles.LIMIT + 3; k++) files = RecentFiles.with(files, dir.resolve("f" + k + ".json"));
        assertEquals(RecentFiles.LIMIT, files.size());
        assertEquals(dir.resolve("f" + (RecentFiles.LIMIT + 2) + ".json"), files.get(0), "the newest first");
        assertEquals(dir.resolve("f3.json"), files.get(RecentFiles.LIMIT - 1), "f0, f1, f2 dropped");

        // opened again (by another spelling of its path): moved to the front, not listed twice
        List<Path> again = RecentFiles.with(files, dir.resolve("x/../f5.json"));
        assertEquals(dir.resolve("f5.json"), again.get(0));
        assertEquals(RecentFiles.LIMIT, again.size());
        assertEquals(1, again.stream().filter(p -> p.equals(dir.resolve("f5.json"))).count());
    }

    @Test
    void aMissingOrBrokenFileGivesTheDefaultsAndAFileThatIsGoneLeavesTheList() throws Exception {
        assertEquals("viridis", Settings.in(dir.resolve("none.properties")).get("view.colormap", "viridis"));
        Path broken = dir.resolve("broken.properties");
        Files.writeString(broken, "window.width=wide\nrecent.0=\\u12");   // not a number; a bad escape
        Settings settings = Settings.in(broken);
        assertEquals(1280, settings.number("window.width", 1280));
        settings.addRecent(dir.resolve("a.json"));
        settings.removeRecent(dir.resolve("a.json"));
        assertEquals(List.of(), Settings.in(broken).recentFiles());
    }

    @Test
    void inMemorySettingsWriteNoFile() throws Exception {
        Settings settings = Settings.inMemory();
        settings.put("view.colormap", "magma");
        settings.addRecent(dir.resolve("a.json"));
        assertNull(settings.file());
        assertEquals("magma", settings.get("view.colormap", ""));
        try (var listing = Files.list(dir)) {
            assertFalse(listing.findAny().isPresent());
        }
    }
}
