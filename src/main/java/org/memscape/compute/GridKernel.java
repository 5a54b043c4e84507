package org.memscape.compute;

import java.util.concurrent.ForkJoinPool;
import org.memscape.core.MixtureForm;

/** Evaluates a point-memory Gaussian mixture's energy (and force) over the grid of a buffer. */
interface GridKernel {

    void evaluate(MixtureForm form, FieldBuffer out, boolean withForce, ForkJoinPool pool, Cancellation cancel);
}
