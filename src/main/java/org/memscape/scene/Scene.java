package org.memscape.scene;

import java.util.List;
import java.util.Objects;

/**
 * The document: everything a scene file says, fully resolved (no field is missing; defaults
 * are filled in by the reader). Immutable; an edit makes a new Scene.
 */
public record Scene(
        String title,
        String description,
        Domain domain,
        List<MemorySpec> memories,
        ModelSpec model,
        DynamicsSpec dynamics,
        ParticleSpec particles) {

    /** The scene file format this program writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    public Scene {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(domain, "domain");
        memories = List.copyOf(memories);
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(dynamics, "dynamics");
        Objects.requireNonNull(particles, "particles");
    }

    public Scene withMemories(List<MemorySpec> newMemories) {
        return new Scene(title, description, domain, newMemories, model, dynamics, particles);
    }

    public Scene withModel(ModelSpec newModel) {
        return new Scene(title, description, domain, memories, newModel, dynamics, particles);
    }

    public Scene withDynamics(DynamicsSpec newDynamics) {
        return new Scene(title, description, domain, memories, model, newDynamics, particles);
    }

    public Scene withParticles(ParticleSpec newParticles) {
        return new Scene(title, description, domain, memories, model, dynamics, newParticles);
    }
}
