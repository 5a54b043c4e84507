/**
 * The structure of a 2-D landscape, without JavaFX: its critical points (minima, saddles, maxima)
 * in a view, the basins of attraction of its deterministic descent, and how the critical points
 * move as β or τ changes (MATH.md §5).
 *
 * <p>The tools see a model through a {@link org.memscape.structure.Landscape}: ∇E up to a positive
 * constant, its Jacobian (exact for point memories and the softmax memory, finite differences of
 * the exact force otherwise), and the Hopfield update where it applies. Critical points are found
 * by Levenberg–Marquardt (Newton with a trust region) from the cells of a grid where both
 * components of ∇E change sign, and checked against the winding number of ∇E around the view's
 * edge (Poincaré–Hopf: #minima − #saddles + #maxima equals it; it is 1 when the landscape
 * confines and every critical point is in view).
 */
package org.memscape.structure;
