package io.modelwright.core.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Checks a path before reading: it exists, is a readable file, is not empty, and fits in memory. */
final class InputFileCheck {
    /** Parsing needs about this many bytes of heap per byte of file at its peak (growable arrays, chunk merge). */
    static final int PEAK_BYTES_PER_FILE_BYTE = 3;

    private InputFileCheck() {
    }

    /**
     * @param memoryBudget bytes of heap import may use, or -1 for what the JVM has left
     * @return the file size
     */
    static long check(Path file, long memoryBudget) {
        if (!Files.exists(file)) {
            throw new CsvImportException(file, 0, "Cannot find the file " + file + ". Check the spelling and the folder"
                    + " (the current folder is " + Path.of("").toAbsolutePath() + ").");
        }
        if (Files.isDirectory(file)) {
            throw new CsvImportException(file, 0, file + " is a folder, not a file. Give the path of a CSV file "
                    + "inside it.");
        }
        if (!Files.isReadable(file)) {
            throw new CsvImportException(file, 0, "Cannot read " + file + ": you do not have permission. Copy the "
                    + "file somewhere you own, or change its permissions.");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new CsvImportException(file, 0, "Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new CsvImportException(file, 0, file + " is empty: there is nothing to import. Check that you "
                    + "picked the right file and that it was saved completely.");
        }
        long available = memoryBudget >= 0 ? memoryBudget : available();
        long needed = size * PEAK_BYTES_PER_FILE_BYTE;
        if (needed > available) {
            throw new CsvImportException(file, 0, file + " is " + human(size) + "; reading it needs about "
                    + human(needed) + " of memory but only " + human(available) + " is free. Start Modelwright with "
                    + "more memory (for example JAVA_OPTS=-Xmx" + Math.max(2, (needed >> 30) + 2) + "g) or import a "
                    + "smaller sample of the file.");
        }
        return size;
    }

    private static long available() {
        Runtime rt = Runtime.getRuntime();
        return rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    }

    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.US, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return String.format(Locale.US, "%.1f MB", bytes / (double) (1L << 20));
        }
        return String.format(Locale.US, "%.1f KB", bytes / 1024.0);
    }
}
