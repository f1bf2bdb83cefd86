package io.modelwright.desktop.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs background work at a lower OS priority than the window, so that on a busy machine the JavaFX thread and
 * the render thread still get a core the moment they need one. Importing a 1M-row file keeps every core busy,
 * and so do the JIT compilers right after it; on 2 cores the window then waited for a core for half of its
 * longest pauses (bench/run-ui.sh -Dui.gaps, docs/benchmarks.md).
 *
 * <p>Java's {@link Thread#setPriority} does this on Windows. On Linux the JVM ignores it unless started with
 * {@code -XX:ThreadPriorityPolicy=1}, which warns on every start for users other than root; so here the OS is
 * asked directly, with {@code renice}, which any user may use to lower the priority of their own threads.
 * Threads inherit the niceness of the thread that starts them, so an import's own thread pool follows its
 * worker. Where none of this is possible, work runs at normal priority, as it did before.
 */
public final class BackgroundPriority {
    /** The niceness of background threads; the window's threads keep 0. */
    public static final int NICENESS = 10;
    private static final System.Logger LOG = System.getLogger(BackgroundPriority.class.getName());
    private static final boolean LINUX = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
    private static final Path TASKS = Path.of("/proc/self/task");
    /** The JVM's own background threads: the JIT compilers and G1's concurrent marking. */
    private static final List<String> JVM_BACKGROUND_THREADS = List.of("C1 CompilerThre", "C2 CompilerThre",
            "G1 Conc#");
    private static final Set<Long> LOWERED = ConcurrentHashMap.newKeySet();

    private BackgroundPriority() {
    }

    /** Lowers the priority of the calling thread, and so of the threads it starts from now on. */
    public static void lowerCurrentThread() {
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        if (LINUX) {
            currentThreadId().ifPresent(id -> renice(List.of(id)));
        }
    }

    /**
     * Lowers the priority of the JVM's JIT compiler and concurrent-marking threads. The JVM may start more of
     * them later, so calling this again picks up the new ones; threads already lowered are skipped.
     */
    public static void lowerJvmBackgroundThreads() {
        if (!LINUX) {
            return;
        }
        List<Long> found = new ArrayList<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                long id = Long.parseLong(task.getFileName().toString());
                if (!LOWERED.contains(id) && isJvmBackgroundThread(readName(task))) {
                    found.add(id);
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            LOG.log(System.Logger.Level.DEBUG, "Could not list this process's threads", e);
            return;
        }
        if (!found.isEmpty() && renice(found)) {
            LOWERED.addAll(found);
        }
    }

    /** @return the niceness of a thread of this process (Linux), from {@code /proc}, or -100 if unknown */
    static int niceness(long threadId) {
        try {
            String stat = Files.readString(TASKS.resolve(Long.toString(threadId)).resolve("stat"));
            // Counted after the name, which may hold spaces: from the state (3rd field) to nice (19th).
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Integer.parseInt(fields[16]);
        } catch (IOException | RuntimeException e) {
            return -100;
        }
    }

    /** @return the calling thread's id in the OS (Linux), which Java does not expose */
    static java.util.OptionalLong currentThreadId() {
        try {
            // "/proc/thread-self" links to "<pid>/task/<tid>".
            Path link = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return OptionalLong.of(Long.parseLong(link.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private static boolean isJvmBackgroundThread(String name) {
        return JVM_BACKGROUND_THREADS.stream().anyMatch(name::startsWith);
    }

    private static String readName(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Lowers the threads to {@link #NICENESS}; those already as low (the app started with nice) stay. */
    private static boolean renice(List<Long> threadIds) {
        List<String> higher = threadIds.stream().filter(id -> niceness(id) < NICENESS).map(String::valueOf).toList();
        if (higher.isEmpty()) {
            return true;
        }
        List<String> command = new ArrayList<>(List.of("renice", "-n", Integer.toString(NICENESS), "-p"));
        command.addAll(higher);
        try {
            Process renice = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (renice.waitFor(5, TimeUnit.SECONDS)) {
                return renice.exitValue() == 0;
            }
            renice.destroyForcibly();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "renice is not available; background work keeps normal priority", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
