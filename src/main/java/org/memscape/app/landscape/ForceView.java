package org.memscape.app.landscape;

/** How the landscape shows the force (score) field. */
public enum ForceView {
    ARROWS("arrows"), STREAMLINES("streamlines"), NONE("none");

    public final String label;

    ForceView(String label) {
        this.label = label;
    }
}
