package org.memscape.structure;

/**
 * A point where ∇E = 0, classified by the signs of the eigenvalues of ∇²E there (lower ≤ upper;
 * E the model's own energy, −log p for diffusion). {@code memory} is the memory that
 * holds the point: the one whose softmax weight exceeds ½ there (or, for models without softmax
 * weights, the one within 1% of the view's width), else −1.
 */
public record CriticalPoint(Kind kind, double x, double y, double energy, int memory,
                            double lowerCurvature, double upperCurvature) {

    public enum Kind {
        MINIMUM, SADDLE, MAXIMUM;

        /** "minimum", "saddle" or "maximum", as the CSV writes it. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The point's index in the Poincaré–Hopf sum: +1 for extrema, −1 for saddles. */
        public int index() {
            return this == SADDLE ? -1 : 1;
        }

        static Kind of(double lower, double upper) {
            if (lower > 0) return MINIMUM;
            if (upper < 0) return MAXIMUM;
            return SADDLE;
        }
    }

    /** A minimum that sits at no memory: a mixture of several, retrieved as if it were one. */
    public boolean spurious() {
        return kind == Kind.MINIMUM && memory < 0;
    }
}
