package org.memscape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * The jar opens its window on Linux, Windows and macOS because JavaFX's native libraries for all
 * three are on the class path that the shade plugin packs: an ELF for Linux, a PE for Windows, and a
 * Mach-O for Apple silicon (one Mac architecture only: the two have the same file names).
 */
class NativesTest {

    private static byte[] head(String resource, int bytes) throws IOException {
        try (InputStream in = NativesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is not on the class path");
            return in.readNBytes(bytes);
        }
    }

    @Test
    void linuxWindowsAndMacNativesAreAllThere() throws IOException {
        assertArrayEquals(new byte[] {0x7f, 'E', 'L', 'F'}, head("/libglass.so", 4));
        assertArrayEquals(new byte[] {'M', 'Z'}, head("/glass.dll", 2));
        assertArrayEquals(new byte[] {'M', 'Z'}, head("/prism_d3d.dll", 2));
        ByteBuffer macho = ByteBuffer.wrap(head("/libglass.dylib", 8)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0xfeedfacf, macho.getInt(0), "a 64-bit Mach-O");
        int cpu = macho.getInt(4);
        int expected = "mac".equals(System.getProperty("javafx.mac.classifier")) ? 0x01000007 : 0x0100000c;   // x86-64 : arm64
        assertEquals(expected, cpu, "the Mach-O's processor");
    }
}
