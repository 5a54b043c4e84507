package org.memscape.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * Memscape's icon (two valleys of a modern Hopfield landscape, drawn by assets/icon/make_icon.py)
 * at every size it is made in: the window system picks the one that fits its title bar, task bar
 * or switcher. The installers take the same picture from assets/icon.
 */
final class AppIcon {

    /** The sizes in pixels, as make_icon.py writes them. */
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};

    private AppIcon() {}

    static String resource(int size) {
        return "/assets/icon/memscape-" + size + ".png";
    }

    /** Every size, loaded now (a missing file fails here, not later in the window system). */
    static List<Image> images() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            java.net.URL url = AppIcon.class.getResource(resource(size));
            if (url == null) throw new IllegalStateException("the icon " + resource(size) + " is missing from the jar");
            images.add(new Image(url.toExternalForm()));
        }
        return images;
    }
}
