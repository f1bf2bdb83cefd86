package io.modelwright.core.data;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Guesses a file's character set from its first bytes: a byte-order mark wins; otherwise UTF-8 when the sample
 * is valid UTF-8, else windows-1252 (what Excel writes on Western Windows machines). Rejects binary files.
 */
final class EncodingDetector {
    /** windows-1252 is a superset of Latin-1 for printable text, so it is the safer single-byte guess. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** A character set and how many bytes of byte-order mark to skip. */
    record Detected(Charset charset, int bomLength) {
    }

    private EncodingDetector() {
    }

    /** @return the byte-order mark at the start of {@code sample}, or null */
    static Detected fromBom(byte[] sample, int length) {
        if (length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (length >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    /**
     * @param sample the first bytes of the file
     * @param length how many bytes of {@code sample} are valid
     * @param file   for messages
     * @throws CsvImportException when the bytes are not text
     */
    static Detected detect(byte[] sample, int length, Path file) {
        Detected bom = fromBom(sample, length);
        if (bom != null) {
            return bom;
        }
        rejectBinary(sample, length, file);
        return isValidUtf8(sample, length) ? new Detected(StandardCharsets.UTF_8, 0) : new Detected(WINDOWS_1252, 0);
    }

    private static void rejectBinary(byte[] sample, int length, Path file) {
        if (length >= 4 && sample[0] == 'P' && sample[1] == 'K' && sample[2] == 3 && sample[3] == 4) {
            throw new CsvImportException(file, 0, file + " is a ZIP archive or an Excel workbook (.xlsx), not a CSV "
                    + "file. Open it in Excel or LibreOffice and save it as 'CSV UTF-8 (comma delimited)'.");
        }
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = sample[i] & 0xFF;
            if (b == 0) {
                throw new CsvImportException(file, 0, file + " does not look like a text file: it contains binary "
                        + "data (a zero byte at position " + i + "). Save or export the data as CSV and try again.");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                controls++;
            }
        }
        if (controls > Math.max(8, length / 50)) {
            throw new CsvImportException(file, 0, file + " does not look like a text file: " + controls
                    + " of its first " + length + " bytes are control characters. Save or export the data as CSV "
                    + "and try again.");
        }
    }

    /** A truncated multi-byte sequence at the very end of the sample is fine: the sample cut it. */
    private static boolean isValidUtf8(byte[] sample, int length) {
        int end = length;
        for (int back = 1; back <= 3 && length - back >= 0; back++) {
            int b = sample[length - back] & 0xFF;
            if ((b & 0xC0) == 0xC0) {
                end = length - back;
                break;
            }
            if ((b & 0x80) == 0) {
                break;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(sample, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
