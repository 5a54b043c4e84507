/**
 * The painters of the landscape's layers, by hand into one raster where thousands of shapes would be
 * slow: heatmap, contours, force arrows and streamlines, particles and trails, memories, axes and colorbar.
 */
package org.memscape.app.landscape.paint;
