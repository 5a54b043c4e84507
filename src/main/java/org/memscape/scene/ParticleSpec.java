package org.memscape.scene;

import java.util.List;

/** Where particles start. For {@link Init.Points}, which gives them one by one, the count is their number. */
public record ParticleSpec(int count, long seed, Init init) {

    public ParticleSpec {
        if (init instanceof Init.Points points) count = points.points().size();   // one truth, whatever the caller passed
    }

    public sealed interface Init {
        record Uniform() implements Init {}
        record Gaussian() implements Init {}
        /** The model's own marginal at tauMax (diffusion); Gaussian for the others. */
        record Prior() implements Init {}
        record Points(List<MemorySpec.Point> points) implements Init {
            public Points { points = List.copyOf(points); }
        }
    }
}
