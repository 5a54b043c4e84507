package org.memscape.app.landscape.paint;

import org.memscape.app.landscape.paint.Sprite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpriteTest {

    /** The division-free a·b/255 of the compositing loops is the rounded quotient for every pair of bytes. */
    @Test
    void timesIsExactForBytes() {
        for (int a = 0; a < 256; a++) {
            for (int b = 0; b < 256; b++) {
                assertEquals(Math.round(a * b / 255.0), Sprite.times(a, b), a + "·" + b);
            }
        }
    }
}
