package org.memscape.scene.json;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The file spells enum constants in lower case with hyphens: RECTIFIED_POWER is "rectified-power". */
public final class Names {

    private Names() {}

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Names::of).toList();
    }

    static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return Enum.valueOf(type, name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
