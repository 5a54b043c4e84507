/**
 * The landscape on screen: the canvas, what the user chose to see in it, the colour maps and range,
 * where the domain sits in pixels, and the geometry of memories' handles and bodies.
 */
package org.memscape.app.landscape;
