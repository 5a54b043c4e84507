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

    /** Overwrites v[0..n) with softmax(v) and returns log Σ exp(v). */
    public static double softmaxInPlace(double[] v, int n) {
        double lse = logSumExp(v, n);
        for (int i = 0; i < n; i++) v[i] = Math.exp(v[i] - lse);
        return lse;
    }

    /** log φ(b), the standard normal density. */
    static double logNormalDensity(double b) {
        return -0.5 * b * b - 0.5 * LOG_2PI;
    }

    /** log Φ(c), accurate far into both tails (erfcx keeps the left tail from underflowing). */
    public static double logNormalCdf(double c) {
        if (c < -1) {
            double t = -c / SQRT2;
            return Math.log(0.5 * Erfcx.value(t)) - t * t;
        }
        return Math.log1p(-0.5 * Erfc.value(c / SQRT2));
    }

    /**
     * log(Φ(b1) − Φ(b0)) for b0 < b1. Short intervals use a midpoint expansion (the subtraction
     * would cancel); one-sided intervals are mirrored into the left tail, where log Φ is exact.
     */
    public static double logNormalCdfDifference(double b0, double b1) {
        double width = b1 - b0;
        double mid = 0.5 * (b0 + b1);
        if (width * (1 + Math.abs(mid)) < 1e-3) {
            // Φ(b1) − Φ(b0) = φ(m) w (1 + (m² − 1) w²/24 + O(w⁴ m⁴))
            return logNormalDensity(mid) + Math.log(width) + Math.log1p((mid * mid - 1) * width * width / 24);
        }
        if (b0 >= 0) return logNormalCdfDifference(-b1, -b0);
        if (b1 <= 0) {
            double hi = logNormalCdf(b1);
            double lo = logNormalCdf(b0);
            return hi + Math.log1p(-Math.exp(lo - hi));
        }
        return Math.log(0.5 * ErfDifference.value(b0 / SQRT2, b1 / SQRT2));
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
