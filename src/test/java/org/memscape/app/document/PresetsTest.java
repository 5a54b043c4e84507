package org.memscape.app.document;

import org.memscape.app.document.Presets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.memscape.scene.SceneException;

/** The presets menu lists exactly the files in presets/, and each one opens. */
class PresetsTest {

    @Test
    void theMenuListsEveryPresetFile() throws IOException, SceneException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of("presets"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, new TreeSet<>(Presets.NAMES));
        for (String name : Presets.NAMES) Presets.load(name);
        assertEquals(Presets.DEFAULT, Presets.NAMES.get(0));
    }
}
