/**
 * Writing files safely: a temporary file beside the target, forced to disk, then one move, so a failure,
 * a Cancel or a kill leaves the old file whole. Below everything that writes.
 */
package org.memscape.files;
