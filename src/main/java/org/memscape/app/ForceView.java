package org.memscape.app;

/** How the landscape shows the force (score) field. */
enum ForceView {
    ARROWS("arrows"), STREAMLINES("streamlines"), NONE("none");

    final String label;

    ForceView(String label) {
        this.label = label;
    }
}
