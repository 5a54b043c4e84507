package org.memscape.learn;

import java.util.Arrays;
import org.memscape.core.EnergyModel;

/**
 * A trained network as an {@link EnergyModel} whose force is the learned score −ε̂(x, τ)/s(τ), so
 * that every diffusion sampler of the core (reverse SDE, probability-flow ODE, and Tweedie's
 * denoising step that ends a run) runs on it unchanged: they ask a model for its force only. The
 * network has no energy: {@link #energy} returns NaN (and the force), and there are no softmax
 * weights over memories (NaN for each).
 */
public final class LearnedScore implements EnergyModel {

    private final Network network;
    private final int memoryCount;

    /** @param memoryCount the number of memories the network was trained on */
    public LearnedScore(Network network, int memoryCount) {
        this.network = network;
        this.memoryCount = memoryCount;
    }

    public Network network() { return network; }

    @Override public int dim() { return network.architecture().dim(); }

    @Override public boolean timeDependent() { return true; }

    @Override public double energy(double[] v, double tau, double[] force) {
        if (force != null) network.score(v, tau, force);
        return Double.NaN;
    }

    @Override public void force(double[] v, double tau, double[] force) {
        network.score(v, tau, force);
    }

    @Override public double[] memoryWeights(double[] v, double tau) {
        double[] w = new double[memoryCount];
        Arrays.fill(w, Double.NaN);
        return w;
    }

    @Override public int memoryCount() { return memoryCount; }
}
