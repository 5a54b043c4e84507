/**
 * What the commands and the window both write: provenance lines, the trajectory and experiment CSV,
 * numbers in CSV, the program version, and the interface of the picture renderer. Below both; depends on neither.
 */
package org.memscape.output;
