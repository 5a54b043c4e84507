/**
 * The JavaFX window. {@link org.memscape.app.AppLauncher} starts {@link org.memscape.app.MemscapeApp},
 * which shows a {@link org.memscape.app.MainPane}: the scene's title and description above a
 * {@link org.memscape.app.LandscapeView}. The energy field is computed off the FX thread
 * ({@code Landscape.compute}), then painted once into an image ({@code HeatmapImage}) with a
 * {@link org.memscape.app.Colormap} over an {@link org.memscape.app.EnergyRange}; resizing only
 * redraws the cached image with the memories, axes and colorbar on top.
 */
package org.memscape.app;
