package org.memscape.scene;

/** The bounds a scene file must stay within; they keep the numeric core finite and the UI responsive. */
public final class SceneLimits {

    /** Largest |coordinate| of a domain corner, memory or particle (MATH.md §3 promises finite results up to here). */
    public static final double MAX_COORDINATE = 1e6;
    /** Largest inverse temperature β, and largest rate (βmax, γ, σmax) of a schedule. */
    public static final double MAX_BETA = 1e6;
    /**
     * Smallest inverse temperature β. The energy −β⁻¹ log Σ exp(…) carries a constant −β⁻¹ log N
     * that swamps the landscape as β falls (at β = 1e-12 it is off by 1e-5 of its range, at 1e-16
     * every cell reads −6.9e15); from 1e-6 up the rounding stays below 1e-10 of the range on the
     * default domain, and a smaller β would show nothing new there (the landscape is already its
     * β → 0 limit, the bowl ½ mean‖x − y_n‖²).
     */
    public static final double MIN_BETA = 1e-6;
    /** Narrowest domain side; below this the canvas cannot draw anything. */
    public static final double MIN_DOMAIN_SIDE = 1e-6;
    public static final double MIN_POWER = 2;
    public static final double MAX_POWER = 40;
    public static final double MAX_STEP = 10;
    public static final int MAX_STEPS = 1_000_000;
    public static final int MAX_PARTICLES = 1_000_000;
    public static final int MAX_MEMORIES = 100_000;
    public static final int MAX_POLYLINE_POINTS = 10_000;
    /** Deepest nesting of arrays and objects; a real scene needs 5. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Largest scene file, in characters (and bytes on disk): 50 MB, room for a million explicit particles. */
    public static final int MAX_DOCUMENT_CHARS = 50_000_000;

    private SceneLimits() {}
}
