/**
 * The JSON toolkit of scene and lesson files: a Jackson streaming parse into a tree that remembers
 * where each value was, typed reads that fail with one clear message (what, where, what was expected).
 */
package org.memscape.scene.json;
