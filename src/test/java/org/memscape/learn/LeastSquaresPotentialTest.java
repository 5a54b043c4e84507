package org.memscape.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * The least-squares potential against NumPy's lstsq on the same faces (potential_cases.json,
 * make_potential_reference.py), and on fields whose answer is known: a gradient gives back its
 * potential up to a constant; a rotation tangent to the edges has no potential and is all curl.
 */
class LeastSquaresPotentialTest {

    @Test
    void agreesWithNumpyLeastSquaresOnSmallGrids() throws Exception {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/reference/potential_cases.json")) {
            cases = new ObjectMapper().readTree(in).get("cases");
        }
        for (JsonNode c : cases) {
            int nx = c.get("nx").asInt(), ny = c.get("ny").asInt();
            double hx = c.get("hx").asDouble(), hy = c.get("hy").asDouble();
            double[] gx = doubles(c.get("gx")), gy = doubles(c.get("gy"));
            double[] phi = LeastSquaresPotential.solve(gx, gy, nx, ny, hx, hy);
            double[] expected = doubles(c.get("phi"));
            for (int k = 0; k < phi.length; k++) assertEquals(expected[k], phi[k], 1e-9, "phi at " + k + " of " + nx + "x" + ny);
            double[] curl = LeastSquaresPotential.curl(gx, gy, nx, ny, hx, hy);
            double[] expectedCurl = doubles(c.get("curl"));
            for (int k = 0; k < curl.length; k++) assertEquals(expectedCurl[k], curl[k], 1e-9, "curl at " + k);
            assertEquals(c.get("unexplained").asDouble(), LeastSquaresPotential.unexplained(phi, gx, gy, nx, ny, hx, hy), 1e-9);
        }
    }

    /** g = ∇(x² − xy + sin 2y) on a rectangle: φ is that function up to a constant, to O(h²). */
    @Test
    void aGradientFieldGivesBackItsPotential() {
        int nx = 80, ny = 60;
        double x0 = -1.5, y0 = -0.5, hx = 3.0 / nx, hy = 2.0 / ny;
        double[] gx = new double[nx * ny], gy = new double[nx * ny], f = new double[nx * ny];
        double mean = 0;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                double x = x0 + (i + 0.5) * hx, y = y0 + (j + 0.5) * hy;
                int k = j * nx + i;
                f[k] = x * x - x * y + Math.sin(2 * y);
                gx[k] = 2 * x - y;
                gy[k] = -x + 2 * Math.cos(2 * y);
                mean += f[k] / f.length;
            }
        }
        double[] phi = LeastSquaresPotential.solve(gx, gy, nx, ny, hx, hy);
        double worst = 0, range = 0;
        for (int k = 0; k < phi.length; k++) {
            worst = Math.max(worst, Math.abs(phi[k] - (f[k] - mean)));
            range = Math.max(range, Math.abs(f[k] - mean));
        }
        assertTrue(worst < 2e-3 * range, "largest error " + worst + " of a range " + range);
        assertTrue(LeastSquaresPotential.unexplained(phi, gx, gy, nx, ny, hx, hy) < 1e-5);
        for (double w : LeastSquaresPotential.curl(gx, gy, nx, ny, hx, hy)) assertEquals(0, w, 1e-9);
    }

    /**
     * The rotation g = (∂ψ/∂y, −∂ψ/∂x) of ψ = sin πx sin πy on [0, 1]² is tangent to the edges and
     * without divergence: no potential explains any of it (φ ≈ 0), and its curl is −Δψ = 2π²ψ. (A
     * rotation about the centre, (−y, x), crosses a square's edges and so has a potential there.)
     */
    @Test
    void aPureRotationHasNoPotentialAndIsAllCurl() {
        int n = 64;
        double h = 1.0 / n;
        double[] gx = new double[n * n], gy = new double[n * n], psi = new double[n * n];
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                double x = (i + 0.5) * h, y = (j + 0.5) * h;
                int k = j * n + i;
                psi[k] = Math.sin(Math.PI * x) * Math.sin(Math.PI * y);
                gx[k] = Math.PI * Math.sin(Math.PI * x) * Math.cos(Math.PI * y);
                gy[k] = -Math.PI * Math.cos(Math.PI * x) * Math.sin(Math.PI * y);
            }
        }
        double[] phi = LeastSquaresPotential.solve(gx, gy, n, n, h, h);
        for (double p : phi) assertEquals(0, p, 2e-3);
        assertTrue(LeastSquaresPotential.unexplained(phi, gx, gy, n, n, h, h) > 0.99);
        double[] curl = LeastSquaresPotential.curl(gx, gy, n, n, h, h);
        for (int j = 1; j < n - 1; j++) {
            for (int i = 1; i < n - 1; i++) {
                assertEquals(2 * Math.PI * Math.PI * psi[j * n + i], curl[j * n + i], 0.02, "curl at " + i + ", " + j);
            }
        }
    }

    private static double[] doubles(JsonNode node) {
        double[] v = new double[node.size()];
        for (int i = 0; i < v.length; i++) v[i] = node.get(i).asDouble();
        return v;
    }
}
