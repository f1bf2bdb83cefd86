package io.modelwright.desktop.data;

import java.util.Locale;

/** Formats a byte count the way people read it: "820 bytes", "12.4 KB", "1.3 GB". */
final class ByteSize {
    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private ByteSize() {
    }

    static String format(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
