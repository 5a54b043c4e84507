package org.memscape.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.memscape.app.FxTests.onFx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.memscape.plot.ChartOutput;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On a German system the window writes its numbers as everywhere else, 0.500 and not 0,500
 * (issue 12, point 6): every text of the window (header, status bar, the transport bar's τ
 * readout, the side panel's values and slider ticks, the charts' axes, and the same while
 * presenting) is read with German as the default locale, in which Java writes a decimal comma.
 * The landscape's axes and colorbar are painted, not text nodes: NumberText.tick writes them, and
 * NoDefaultLocaleTest keeps every format call of the program off the default locale.
 */
@ExtendWith(ApplicationExtension.class)
class GermanLocaleTest {

    /** A diffusion scene a few steps in, so τ is not 1.000 (which a grouping comma could not be told from). */
    private static final String SCENE = "{\"memscape\": 1, \"title\": \"Zwei Erinnerungen\", \"description\": \"Ein Tal je Erinnerung.\","
            + " \"domain\": [-1.5, 1.5, -1.5, 1.5],"
            + " \"memories\": [{\"point\": [0.8, 0.8]}, {\"point\": [-0.8, -0.8]}],"
            + " \"model\": {\"type\": \"diffusion-vp\"},"
            + " \"dynamics\": {\"sampler\": \"reverse-sde\", \"steps\": 40}, \"particles\": {\"count\": 30, \"seed\": 2}}";

    /** A number with a comma that is not a thousands separator (1,000 or 12,345.5): a decimal comma. */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*\\d");
    private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(,\\d{3})+(\\.\\d+)?");

    private Locale before;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        window = FxTests.openWindow(stage, SCENE);
    }

    @AfterEach
    void stop() throws Exception {
        onFx(() -> {
            window.presentation().set(false);
            return null;
        });
        FxTests.closeWindow(window);
        Locale.setDefault(before);
    }

    @Test
    void noTextOfTheWindowHasADecimalComma() throws Exception {
        assertEquals("0,500", String.format("%.3f", 0.5), "German is the default locale, so the test can fail");
        onFx(() -> {
            window.statusBar().showTimings(true);
            window.playback().seek(7);
            window.charts().showWeights(new double[] {0.25, 0.75});
            return null;
        });
        FxTests.settled(window);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> onFx(() -> window.statusBar().text().contains("step 7 of 40")));
        List<String> texts = onFx(() -> {
            window.charts().charts().forEach(JFreeChart::fireChartChanged);
            return texts();
        });
        assertTrue(texts.stream().anyMatch(t -> t.contains("\u03C4 = 0.")), "the τ readout is among the texts: " + texts);
        assertTrue(texts.stream().anyMatch(t -> t.contains("0.5")), "a chart tick or slider value with decimals is among them");
        assertEquals(List.of(), decimalCommas(texts));

        onFx(() -> {
            window.presentation().set(true);
            window.applyCss();
            window.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), decimalCommas(onFx(this::texts)), "presenting");
    }

    /** Every text node's and control's text, and the text of every chart drawn as SVG. */
    private List<String> texts() {
        List<String> out = new ArrayList<>();
        collect(window, out);
        for (JFreeChart chart : window.charts().charts()) {
            Matcher m = Pattern.compile(">([^<>]+)</text>").matcher(ChartOutput.svg(chart, 420, 280, Map.of()));
            while (m.find()) out.add(m.group(1));
        }
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (node instanceof Labeled l && l.getText() != null) out.add(l.getText());
        if (node instanceof Text t && t.getText() != null) out.add(t.getText());
        if (node instanceof TextInputControl t && t.getText() != null) out.add(t.getText());
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) collect(child, out);
        }
    }

    private static List<String> decimalCommas(List<String> texts) {
        List<String> bad = new ArrayList<>();
        for (String text : texts) {
            Matcher m = NUMBER.matcher(text);
            while (m.find()) {
                if (m.group().contains(",") && !GROUPED.matcher(m.group()).matches()) bad.add(text);
            }
        }
        return bad;
    }
}
