/**
 * The D-dimensional experiments of Ambrogioni (2023), "In search of dispersed memories": binary
 * patterns are corrupted (denoising) or half erased (completion) and retrieved by a modern
 * Hopfield network, by a diffusion model with the exact score and by a classical Hopfield
 * network ({@link org.memscape.experiment.RetrievalExperiment}, the paper's Table 1); the
 * largest number of patterns each retrieves at each dimension
 * ({@link org.memscape.experiment.CapacityExperiment}, Figure 3); and the paths of one retrieval
 * ({@link org.memscape.experiment.TrajectoryExperiment}, Figure 2a).
 *
 * <p>Numbers only: no JavaFX and no charts (ArchitectureTest), so the headless commands, the
 * window and the tests share one implementation. Every random number is addressed by (seed,
 * dimension, repetition, …) rather than drawn in sequence ({@link org.memscape.experiment.Draws}),
 * and every repetition writes its own slot, so results are the same bit for bit on any number of
 * threads.
 */
package org.memscape.experiment;
