package io.modelwright.desktop.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** The built {@code modelwright-<version>.jar} starts on Windows, macOS (x64 and Apple Silicon) and Linux. */
class RunnableJarIT {
    private static final Path JAR = Path.of(System.getProperty("modelwright.jar", "target/modelwright.jar"));
    private static final int FAT_MAGIC = 0xCAFEBABE;
    private static final int CPU_TYPE_X86_64 = 0x01000007;
    private static final int CPU_TYPE_ARM64 = 0x0100000C;

    @Test
    void holdsTheLinuxNatives() throws IOException {
        assertThat(nativeLibraries()).contains("libglass.so", "libglassgtk3.so", "libprism_es2.so", "libprism_sw.so",
                "libprism_common.so", "libjavafx_font.so", "libjavafx_font_freetype.so", "libjavafx_font_pango.so",
                "libjavafx_iio.so", "libdecora_sse.so");
    }

    @Test
    void holdsTheWindowsNatives() throws IOException {
        assertThat(nativeLibraries()).contains("glass.dll", "prism_d3d.dll", "prism_sw.dll", "prism_common.dll",
                "javafx_font.dll", "javafx_iio.dll", "decora_sse.dll", "vcruntime140.dll", "msvcp140.dll");
    }

    @Test
    void holdsTheMacNativesForIntelAndAppleSilicon() throws IOException {
        Set<String> mac = macLibraries();
        assertThat(mac).containsExactlyInAnyOrder("libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib",
                "libprism_common.dylib", "libjavafx_font.dylib", "libjavafx_iio.dylib", "libdecora_sse.dylib");
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (String name : mac) {
                ByteBuffer header = ByteBuffer.wrap(head(jar, name)); // big-endian, as a fat header is
                assertThat(header.getInt(0)).as(name + " is a universal Mach-O").isEqualTo(FAT_MAGIC);
                assertThat(header.getInt(4)).as(name + " slices").isEqualTo(2);
                assertThat(Set.of(header.getInt(8), header.getInt(28))).as(name + " architectures")
                        .containsExactlyInAnyOrder(CPU_TYPE_X86_64, CPU_TYPE_ARM64);
            }
        }
    }

    @Test
    void printsItsVersionJavaAndPlatform() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "--version")
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("Modelwright " + System.getProperty("modelwright.version"))
                .contains("Java " + System.getProperty("java.version"))
                .contains(System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    }

    private static Set<String> nativeLibraries() throws IOException {
        Set<String> out = new TreeSet<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.endsWith(".so") || n.endsWith(".dll") || n.endsWith(".dylib"))
                    .forEach(out::add);
        }
        return out;
    }

    private static Set<String> macLibraries() throws IOException {
        Set<String> out = new TreeSet<>(nativeLibraries());
        out.removeIf(n -> !n.endsWith(".dylib") || n.contains("/"));
        return out;
    }

    private static byte[] head(JarFile jar, String name) throws IOException {
        try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
            return in.readNBytes(64);
        }
    }
}
