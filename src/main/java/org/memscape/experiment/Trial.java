package org.memscape.experiment;

/**
 * One repetition's problem and the three ways to solve it, with the scratch space of one worker
 * thread. {@link #prepare} draws the patterns and the start; the target is pattern 0 (the patterns
 * are independent and identically distributed, so this is the same as picking one at random, and
 * it keeps the target fixed as patterns are added).
 */
public final class Trial {

    private final int dim;
    private final Draws draws;
    private final Protocol protocol;
    private final SoftmaxRecall recall;
    private final double[] patterns;
    private final double[] target;
    private final double[] start;

    /** Scratch for up to {@code maxPatterns} patterns of dimension {@code dim}. */
    public Trial(int dim, int maxPatterns, Draws draws, Protocol protocol) {
        this.dim = dim;
        this.draws = draws;
        this.protocol = protocol;
        this.recall = new SoftmaxRecall(maxPatterns, dim);
        this.patterns = new double[maxPatterns * dim];
        this.target = new double[dim];
        this.start = new double[dim];
    }

    /** Draws repetition {@code rep}'s first {@code count} patterns and the start for the task. */
    public void prepare(Task task, int count, int rep) {
        draws.patterns(dim, rep, count, patterns);
        recall.load(patterns, count);
        System.arraycopy(patterns, 0, target, 0, dim);
        if (task == Task.DENOISING) {
            draws.corrupt(target, protocol.theta(), dim, rep, start);
        } else {
            draws.mask(target, dim, rep, start);
        }
    }

    public double[] target() { return target; }

    public double[] start() { return start; }

    /** The method's binarized output from the start, into {@code out}. */
    public void retrieve(Method method, double[] out) {
        switch (method) {
            case HOPFIELD -> ModernHopfield.retrieve(recall, start, protocol.beta(), protocol.iterations(), out);
            case DIFFUSION -> {
                System.arraycopy(start, 0, out, 0, dim);
                ExactScoreDiffusion.probabilityFlow(recall, out, protocol.gamma(), protocol.startTime(), protocol.steps(), null);
            }
            case CLASSIC -> ClassicalHopfield.retrieve(recall, start, protocol.sweeps(), out);
        }
        Binary.binarize(out);
    }
}
