package org.memscape.learn;

/**
 * The potential that best explains a vector field on a grid, and the curl that none explains
 * (Helmholtz): a learned score need not be the gradient of anything, so its "energy" is the φ
 * whose gradient is nearest to it in least squares, and what is left over rotates.
 *
 * <p>The grid has nx × ny cells, row by row from the bottom (index j·nx + i), spacing hx and hy,
 * and g is given at the cell centres. The gradient of φ is taken on the faces between neighbouring
 * cells, (φ(i+1, j) − φ(i, j))/hx, and compared with the mean of g at the two cells; φ minimises
 *
 * <pre>    Σ_faces (Dφ − ḡ)²</pre>
 *
 * exactly. Its normal equations are a Poisson equation with the Neumann boundary (the least squares
 * asks nothing across the grid's edge), whose matrix DᵀD the cosine transform (DCT-II) of each
 * axis makes diagonal, with eigenvalues (2 − 2 cos(πk/n))/h². So the solution is one transform,
 * a division and one transform back. The constant is free: φ has mean 0. The transforms are dense
 * products with the cosine matrix (n³ per axis): at the 128² cells of a view, a few milliseconds.
 */
public final class LeastSquaresPotential {

    private LeastSquaresPotential() {}

    /** φ with mean 0 minimising the sum above; gx, gy have nx·ny values. */
    public static double[] solve(double[] gx, double[] gy, int nx, int ny, double hx, double hy) {
        check(gx, gy, nx, ny);
        // b = Dxᵀ fx + Dyᵀ fy, with f the face means of g
        double[] b = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                int k = j * nx + i;
                double f = 0.5 * (gx[k] + gx[k + 1]) / hx;
                b[k] -= f;
                b[k + 1] += f;
            }
        }
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int k = j * nx + i;
                double f = 0.5 * (gy[k] + gy[k + nx]) / hy;
                b[k] -= f;
                b[k + nx] += f;
            }
        }
        double[][] cx = cosines(nx), cy = cosines(ny);
        double[] spectrum = transform(b, nx, ny, cx, cy, false);
        for (int l = 0; l < ny; l++) {
            double ly = eigenvalue(l, ny) / (hy * hy);
            for (int k = 0; k < nx; k++) {
                double lambda = eigenvalue(k, nx) / (hx * hx) + ly;
                spectrum[l * nx + k] = k == 0 && l == 0 ? 0 : spectrum[l * nx + k] / lambda;
            }
        }
        return transform(spectrum, nx, ny, cx, cy, true);
    }

    /**
     * The curl ∂g_y/∂x − ∂g_x/∂y at the cell centres: central differences inside, one-sided at
     * the edges (as NumPy's {@code gradient}). Zero for a gradient field; what no potential explains.
     */
    public static double[] curl(double[] gx, double[] gy, int nx, int ny, double hx, double hy) {
        check(gx, gy, nx, ny);
        if (nx < 2 || ny < 2) throw new IllegalArgumentException("the curl needs at least 2 × 2 cells");
        double[] out = new double[nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int il = Math.max(0, i - 1), ir = Math.min(nx - 1, i + 1);
                int jd = Math.max(0, j - 1), ju = Math.min(ny - 1, j + 1);
                double dgy = (gy[j * nx + ir] - gy[j * nx + il]) / ((ir - il) * hx);
                double dgx = (gx[ju * nx + i] - gx[jd * nx + i]) / ((ju - jd) * hy);
                out[j * nx + i] = dgy - dgx;
            }
        }
        return out;
    }

    /**
     * The share of the field that the potential φ leaves unexplained, Σ (Dφ − ḡ)² / Σ ḡ² over the
     * faces: 0 for a gradient field, about 1 for a pure rotation.
     */
    public static double unexplained(double[] phi, double[] gx, double[] gy, int nx, int ny, double hx, double hy) {
        double residual = 0, total = 0;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                int k = j * nx + i;
                double f = 0.5 * (gx[k] + gx[k + 1]);
                double r = (phi[k + 1] - phi[k]) / hx - f;
                residual += r * r;
                total += f * f;
            }
        }
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int k = j * nx + i;
                double f = 0.5 * (gy[k] + gy[k + nx]);
                double r = (phi[k + nx] - phi[k]) / hy - f;
                residual += r * r;
                total += f * f;
            }
        }
        return total == 0 ? 0 : residual / total;
    }

    private static void check(double[] gx, double[] gy, int nx, int ny) {
        if (nx < 1 || ny < 1) throw new IllegalArgumentException("the grid needs cells");
        if (gx.length != nx * ny || gy.length != nx * ny) throw new IllegalArgumentException("the field must have nx·ny values");
    }

    /** The eigenvalue of the 1-D Neumann difference matrix DᵀD (unit spacing) for the cosine k. */
    private static double eigenvalue(int k, int n) {
        double s = Math.sin(Math.PI * k / (2.0 * n));
        return 4 * s * s;
    }

    /** The orthonormal DCT-II matrix: row k, column i: w_k cos(πk(i + ½)/n). */
    private static double[][] cosines(int n) {
        double[][] c = new double[n][n];
        for (int k = 0; k < n; k++) {
            double w = Math.sqrt((k == 0 ? 1.0 : 2.0) / n);
            for (int i = 0; i < n; i++) c[k][i] = w * Math.cos(Math.PI * k * (i + 0.5) / n);
        }
        return c;
    }

    /** C_y A C_xᵀ (forward) or C_yᵀ A C_x (inverse), A as ny rows of nx. */
    private static double[] transform(double[] a, int nx, int ny, double[][] cx, double[][] cy, boolean inverse) {
        double[] rows = new double[nx * ny];   // along x first
        for (int j = 0; j < ny; j++) {
            for (int k = 0; k < nx; k++) {
                double sum = 0;
                for (int i = 0; i < nx; i++) sum += a[j * nx + i] * (inverse ? cx[i][k] : cx[k][i]);
                rows[j * nx + k] = sum;
            }
        }
        double[] out = new double[nx * ny];
        double[] column = new double[ny];
        for (int k = 0; k < nx; k++) {
            for (int j = 0; j < ny; j++) column[j] = rows[j * nx + k];
            for (int l = 0; l < ny; l++) {
                double sum = 0;
                for (int j = 0; j < ny; j++) sum += column[j] * (inverse ? cy[j][l] : cy[l][j]);
                out[l * nx + k] = sum;
            }
        }
        return out;
    }
}
