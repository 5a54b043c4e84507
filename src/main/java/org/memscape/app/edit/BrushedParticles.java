package org.memscape.app.edit;

import java.util.ArrayList;
import java.util.List;
import org.memscape.core.EnergyModel;
import org.memscape.scene.MemorySpec;
import org.memscape.scene.ParticleSpec;
import org.memscape.scene.Scene;
import org.memscape.scene.SceneLimits;
import org.memscape.scene.SceneSetup;

/**
 * Particles painted in with the brush. The first brushed particle turns the scene's random
 * start into explicit points (the same positions the run had), so the brush adds to the cloud
 * rather than replacing it; later ones are appended.
 */
final class BrushedParticles {

    private BrushedParticles() {}

    static Scene add(Scene scene, double x, double y) {
        List<MemorySpec.Point> points = new ArrayList<>();
        ParticleSpec particles = scene.particles();
        if (particles.init() instanceof ParticleSpec.Init.Points p) {
            points.addAll(p.points());
        } else {
            EnergyModel model = SceneSetup.model(scene);
            for (double[] v : SceneSetup.initialPositions(scene, model)) points.add(new MemorySpec.Point(v[0], v[1]));
        }
        if (points.size() >= SceneLimits.MAX_PARTICLES) return scene;
        points.add(new MemorySpec.Point(x, y));
        return scene.withParticles(new ParticleSpec(points.size(), particles.seed(), new ParticleSpec.Init.Points(points)));
    }
}
