package org.memscape.scene;

import java.util.List;

/** Where particles start. {@code count} is ignored for {@link Init.Points}, which gives them one by one. */
public record ParticleSpec(int count, long seed, Init init) {

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
