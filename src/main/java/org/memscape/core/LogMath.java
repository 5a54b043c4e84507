package org.memscape.core;

import org.apache.commons.numbers.gamma.ErfDifference;
import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Erfcx;

/**
 * Logarithms of sums, normal-CDF differences and Bessel functions, computed without overflow or
 * catastrophic cancellation: the energies of sharp landscapes (β up to 1e6, noise down to 1e-6)
 * live far out in the tails, where the naive formulas return 0, ∞ or NaN.
 */
public final class LogMath {

    static final double LOG_2PI = Math.log(2 * Math.PI);
    private static final double SQRT2 = Math.sqrt(2);

    private LogMath() {}

    /** log Σ exp(v[i]) for i < n, subtracting the maximum first. */
    public static double logSumExp(double[] v, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) max = Math.max(max, v[i]);
        if (max == Double.NEGATIVE_INFINITY) return max;
        double sum = 0;
        for (int i = 0; i < n; i++) sum += Math.exp(v[i] - max);
        return max + Math.log(sum);
    }

    /**
     * Overwrites v[0..n) with softmax(v) and returns log Σ exp(v). The weights are exp(v − max)
     * divided by their sum, not exp(v − lse): past |v| ~ 1e16, max + log(sum) rounds back to max
     * and tied terms would each get weight 1.
     */
    public static double softmaxInPlace(double[] v, int n) {
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) max = Math.max(max, v[i]);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            v[i] = Math.exp(v[i] - max);
            sum += v[i];
        }
        for (int i = 0; i < n; i++) v[i] /= sum;
        return max + Math.log(sum);
    }

    /** out = Σ_k weights[k] · vectors[k], skipping zero weights (whose vectors may be unset). */
    static void weightedSum(double[] weights, double[][] vectors, double[] out) {
        java.util.Arrays.fill(out, 0);
        for (int k = 0; k < weights.length; k++) {
            if (weights[k] == 0) continue;
            for (int i = 0; i < out.length; i++) out[i] += weights[k] * vectors[k][i];
        }
    }

    /** log φ(b), the standard normal density. */
    static double logNormalDensity(double b) {
        return -0.5 * b * b - 0.5 * LOG_2PI;
    }

    /** log(Φ(b1) − Φ(b0)) for b0 < b1. */
    public static double logNormalCdfDifference(double b0, double b1) {
        return logNormalCdfDifference(b0, b1, null);
    }

    /**
     * log(Φ(b1) − Φ(b0)) for b0 < b1, and in {@code drift[0]} (unless null) its derivative
     * under a common shift of both ends, (φ(b0) − φ(b1)) / (Φ(b1) − Φ(b0)). Far in a tail both
     * are ratios of numbers below 1e-300, so neither is formed: short intervals use a midpoint
     * expansion, one-sided ones are mirrored into the left tail, and there the ratios come from
     * erfcx and from differences b1 − b0 taken before they are squared.
     */
    public static double logNormalCdfDifference(double b0, double b1, double[] drift) {
        double width = b1 - b0;
        double mid = 0.5 * (b0 + b1);
        if (width * (1 + Math.abs(mid)) < 1e-3) {
            // Φ(b1) − Φ(b0) = φ(m) w (1 + c), c = (m² − 1) w²/24 + O(w⁴ m⁴)
            double c = (mid * mid - 1) * width * width / 24;
            if (drift != null) {
                // (φ(b0) − φ(b1)) / (φ(m) w (1 + c)), with φ(b)/φ(m) = exp(−(b − m)(b + m)/2)
                drift[0] = Math.exp(-width * (b1 + mid) / 4) * Math.expm1(width * mid) / (width * (1 + c));
            }
            return logNormalDensity(mid) + Math.log(width) + Math.log1p(c);
        }
        if (b0 >= 0) {
            double mirrored = logNormalCdfDifference(-b1, -b0, drift);
            if (drift != null) drift[0] = -drift[0];
            return mirrored;
        }
        if (b1 <= -1) {
            double t0 = -b0 / SQRT2;
            double t1 = -b1 / SQRT2;
            double e1 = Erfcx.value(t1);
            // D = log Φ(b0) − log Φ(b1) = log(erfcx(t0)/erfcx(t1)) − (t0 − t1)(t0 + t1)
            double d = Math.log(Erfcx.value(t0) / e1) - width / SQRT2 * (t0 + t1);
            double oneMinusRatio = -Math.expm1(d);
            if (drift != null) {
                double millsRatio = 2 / (Math.sqrt(2 * Math.PI) * e1);      // φ(b1)/Φ(b1)
                drift[0] = millsRatio / oneMinusRatio * Math.expm1(width * (b0 + b1) / 2);
            }
            return Math.log(0.5 * e1) - t1 * t1 + Math.log(oneMinusRatio);
        }
        double mass = 0.5 * ErfDifference.value(b0 / SQRT2, b1 / SQRT2);
        if (drift != null) drift[0] = (Math.exp(logNormalDensity(b0)) - Math.exp(logNormalDensity(b1))) / mass;
        return Math.log(mass);
    }

    /**
     * log(I0(z) e^−z) and I1(z)/I0(z) for z ≥ 0, the modified Bessel functions of the circle
     * average. Power series below 30 (all terms positive), the asymptotic series above.
     * Returns {log I0e, I1/I0}.
     */
    static double[] besselLogI0eAndRatio(double z) {
        if (z < 30) {
            double q = 0.25 * z * z;
            double t0 = 1, s0 = 1;          // terms of I0: q^k / (k!)²
            double t1 = 1, s1 = 1;          // terms of I1 / (z/2): q^k / (k! (k+1)!)
            for (int k = 1; k < 200; k++) {
                t0 *= q / ((double) k * k);
                t1 *= q / ((double) k * (k + 1));
                s0 += t0;
                s1 += t1;
                if (t0 < 1e-17 * s0 && t1 < 1e-17 * s1) break;
            }
            return new double[] {Math.log(s0) - z, 0.5 * z * s1 / s0};
        }
        double a0 = asymptoticBesselSum(0, z);
        double a1 = asymptoticBesselSum(1, z);
        return new double[] {Math.log(a0) - 0.5 * Math.log(2 * Math.PI * z), a1 / a0};
    }

    /** Σ_k (−1)^k a_k(ν) / z^k, the series in I_ν(z) ~ e^z/√(2πz) · Σ; stops at its smallest term. */
    private static double asymptoticBesselSum(int nu, double z) {
        double mu = 4.0 * nu * nu;
        double term = 1, sum = 1;
        for (int k = 1; k < 60; k++) {
            double next = -term * (mu - (2.0 * k - 1) * (2.0 * k - 1)) / (k * 8 * z);
            if (Math.abs(next) >= Math.abs(term)) break;
            term = next;
            sum += term;
            if (Math.abs(term) < 1e-17 * Math.abs(sum)) break;
        }
        return sum;
    }

    /** Replaces ±∞ by ±Double.MAX_VALUE, so that saturated energies stay finite and ordered. */
    static double saturate(double v) {
        if (v == Double.POSITIVE_INFINITY) return Double.MAX_VALUE;
        if (v == Double.NEGATIVE_INFINITY) return -Double.MAX_VALUE;
        return v;
    }
}
