package io.modelwright.desktop.start;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files opened last, newest first, kept in a small text file (one path per line) such as
 * {@code ~/.modelwright/recent-files.txt}. Files that no longer exist are left out.
 */
public final class RecentFiles {
    private static final System.Logger LOG = System.getLogger(RecentFiles.class.getName());
    static final int LIMIT = 8;

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    // One read-only view, kept: a wrapper made per call would be garbage-collected along with its listeners.
    private final ObservableList<Path> readOnlyFiles = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Path store) {
        this.store = store;
        files.setAll(read());
    }

    /** @return the recent files, newest first */
    public ObservableList<Path> files() {
        return readOnlyFiles;
    }

    /** Puts a file at the top of the list and saves the list. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(files);
        updated.remove(absolute);
        updated.add(0, absolute);
        files.setAll(updated.subList(0, Math.min(LIMIT, updated.size())));
        save();
    }

    private List<Path> read() {
        if (!Files.isRegularFile(store)) {
            return List.of();
        }
        try {
            List<Path> existing = new ArrayList<>();
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                Path path = toPath(line.strip());
                if (path != null && Files.isRegularFile(path) && existing.size() < LIMIT) {
                    existing.add(path);
                }
            }
            return existing;
        } catch (IOException e) {
            // A lost recent-files list is an inconvenience, not an error worth interrupting anyone for.
            LOG.log(System.Logger.Level.WARNING, "Cannot read " + store, e);
            return List.of();
        }
    }

    private static Path toPath(String line) {
        if (line.isEmpty()) {
            return null;
        }
        try {
            return Path.of(line);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void save() {
        try {
            Files.createDirectories(store.getParent());
            Files.write(store, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Cannot save " + store, e);
        }
    }
}
