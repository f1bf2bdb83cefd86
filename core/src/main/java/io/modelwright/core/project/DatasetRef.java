package io.modelwright.core.project;

import io.modelwright.core.ModelwrightException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The data file a project was built from. The fingerprint tells whether a file found later is the same data.
 *
 * @param originalPath where the file was when it was imported (or last relocated)
 * @param fileName     its file name, for people
 * @param sizeBytes    its size
 * @param sha256       SHA-256 of its bytes, lower-case hex
 * @param rowCount     data rows imported
 */
public record DatasetRef(String originalPath, String fileName, long sizeBytes, String sha256, long rowCount) {

    public DatasetRef {
        Objects.requireNonNull(originalPath, "originalPath");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
    }

    /**
     * Fingerprints a data file.
     *
     * @param file     the CSV file
     * @param rowCount rows import read from it
     */
    public static DatasetRef of(Path file, long rowCount) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return new DatasetRef(absolute.toString(), absolute.getFileName().toString(), Files.size(absolute),
                    sha256(absolute), rowCount);
        } catch (IOException e) {
            throw new ModelwrightException("Cannot read the data file '" + absolute.getFileName() + "' ("
                    + absolute + "): " + e.getMessage() + ". Check that it exists and you may read it.", e);
        }
    }

    /** @return this reference pointing at a new location (same fingerprint) */
    public DatasetRef movedTo(Path location) {
        Path absolute = location.toAbsolutePath().normalize();
        return new DatasetRef(absolute.toString(), absolute.getFileName().toString(), sizeBytes, sha256, rowCount);
    }

    /** @return the SHA-256 of a file's bytes, lower-case hex */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return the SHA-256 of some bytes, lower-case hex */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
