import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build step (run as a single-file program by the desktop POM after shading): replaces every macOS JavaFX
 * dylib in the shaded jar by a universal Mach-O holding the x86_64 slice from the {@code mac} jar and the arm64
 * slice from the {@code mac-aarch64} jar, then copies the jar to its second name.
 *
 * <p>Plain Java instead of {@code lipo}, so that the release build works on Windows and Linux runners too. The
 * layout is what {@code lipo -create} writes: a big-endian fat header, one {@code fat_arch} per slice, each slice
 * at a 16 KiB-aligned offset. Each slice is copied byte for byte, so its code signature stays valid.
 *
 * <p>Usage: {@code java UniversalMacNatives.java SHADED_JAR MAC_JAR MAC_AARCH64_JAR COPY_TO}
 */
public final class UniversalMacNatives {
    private static final int FAT_MAGIC = 0xCAFEBABE;
    private static final int MH_MAGIC_64 = 0xFEEDFACF;
    private static final int ALIGN_LOG2 = 14;

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: UniversalMacNatives SHADED_JAR MAC_JAR MAC_AARCH64_JAR COPY_TO");
        }
        Path shaded = Path.of(args[0]);
        Map<String, byte[]> x64 = dylibs(Path.of(args[1]));
        Map<String, byte[]> arm64 = dylibs(Path.of(args[2]));
        if (x64.isEmpty() || !x64.keySet().equals(arm64.keySet())) {
            // A library present for one architecture only would crash the app on the other one: stop the build.
            throw new IllegalStateException("The macOS JavaFX jars hold different libraries: x86_64 " + x64.keySet()
                    + ", arm64 " + arm64.keySet());
        }
        try (FileSystem jar = FileSystems.newFileSystem(URI.create("jar:" + shaded.toUri()), Map.of())) {
            for (String name : x64.keySet()) {
                Files.write(jar.getPath(name), universal(x64.get(name), arm64.get(name)));
            }
        }
        Files.copy(shaded, Path.of(args[3]), StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Universal (x86_64 + arm64) macOS natives in " + shaded.getFileName() + ": "
                + new TreeSet<>(x64.keySet()));
    }

    private static Map<String, byte[]> dylibs(Path jarFile) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (FileSystem jar = FileSystems.newFileSystem(jarFile, (ClassLoader) null);
             Stream<Path> files = Files.list(jar.getPath("/"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".dylib")).collect(Collectors.toList())) {
                out.put(p.toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    static byte[] universal(byte[]... slices) {
        int headerSize = 8 + 20 * slices.length;
        long[] offsets = new long[slices.length];
        long end = headerSize;
        for (int i = 0; i < slices.length; i++) {
            offsets[i] = align(end);
            end = offsets[i] + slices[i].length;
        }
        ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(end)).order(ByteOrder.BIG_ENDIAN);
        out.putInt(FAT_MAGIC).putInt(slices.length);
        for (int i = 0; i < slices.length; i++) {
            ByteBuffer thin = ByteBuffer.wrap(slices[i]).order(ByteOrder.LITTLE_ENDIAN);
            if (thin.getInt(0) != MH_MAGIC_64) {
                throw new IllegalStateException("Not a 64-bit little-endian Mach-O library");
            }
            out.putInt(thin.getInt(4)).putInt(thin.getInt(8)) // cputype, cpusubtype
                    .putInt(Math.toIntExact(offsets[i])).putInt(slices[i].length).putInt(ALIGN_LOG2);
        }
        for (int i = 0; i < slices.length; i++) {
            out.position(Math.toIntExact(offsets[i]));
            out.put(slices[i]);
        }
        return out.array();
    }

    private static long align(long offset) {
        long a = 1L << ALIGN_LOG2;
        return (offset + a - 1) / a * a;
    }
}
