/**
 * {@code bench}: timings of every kernel and command, medians over runs, with NumPy peers measured in the
 * same run where there is one.
 */
package org.memscape.cli.bench;
