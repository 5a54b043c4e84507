package org.memscape.compute;

/**
 * Whether the engine takes its vectorized path: the Vector API module must be loaded (the app,
 * the benchmark and the tests add it; see pom.xml and Main) and, measured once at startup, its
 * exp must beat the scalar loop on this machine (SVML makes it many times faster on x86-64 Linux
 * and Windows; on macOS it is slower). {@code -Dmemscape.simd=false} forces the scalar path.
 */
public final class Simd {

    private Simd() {}

    private static final class Decision {
        static final boolean ENABLED = decide();
    }

    public static boolean enabled() {
        return Decision.ENABLED;
    }

    /** True when the Vector API module is in the boot layer. */
    public static boolean moduleLoaded() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    private static boolean decide() {
        if (!Boolean.parseBoolean(System.getProperty("memscape.simd", "true")) || !moduleLoaded()) return false;
        try {
            return SimdMath.probeFasterThanScalar();
        } catch (LinkageError e) {
            return false;
        }
    }
}
