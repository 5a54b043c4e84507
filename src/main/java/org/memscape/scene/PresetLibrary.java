package org.memscape.scene;

import java.util.List;

/**
 * The scenes that ship with Memscape, by name (without ".json"), as a lesson refers to them.
 * The application knows where they are (inside its jar); the lesson reader only asks.
 */
public interface PresetLibrary {

    /** Every preset's name, in the order a menu lists them. */
    List<String> names();

    /** Reads a preset whose name is one of {@link #names()}. */
    Scene load(String name) throws SceneException;
}
