package io.modelwright.desktop.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

@EnabledOnOs(OS.LINUX)
class BackgroundPriorityTest {

    /** The niceness background work should end with: the app's own, if it was started lower still. */
    private static int lowered() {
        return Math.max(BackgroundPriority.NICENESS, callersNiceness());
    }

    private static int callersNiceness() {
        return BackgroundPriority.niceness(BackgroundPriority.currentThreadId().orElseThrow());
    }

    @Test
    void aWorkerThreadRunsAtTheLowerPriorityAndSoDoTheThreadsItStarts() throws Exception {
        int before = callersNiceness();
        ExecutorService workers = WorkerThreads.newExecutor();
        try {
            List<Integer> seen = workers.submit(() -> {
                List<Integer> values = new ArrayList<>();
                values.add(BackgroundPriority.niceness(BackgroundPriority.currentThreadId().orElseThrow()));
                AtomicReference<Integer> child = new AtomicReference<>();
                Thread started = new Thread(() -> child.set(
                        BackgroundPriority.niceness(BackgroundPriority.currentThreadId().orElseThrow())));
                started.start();
                started.join();
                values.add(child.get());
                return values;
            }).get(10, TimeUnit.SECONDS);

            assertThat(seen).containsExactly(lowered(), lowered());
        } finally {
            workers.shutdownNow();
        }
        // The calling thread (here the test's, in the app the JavaFX thread) keeps its priority.
        assertThat(callersNiceness()).isEqualTo(before);
    }

    @Test
    void aProcessStartedFromAWorkerThreadInheritsItsPriority() throws Exception {
        // The training worker process is started this way.
        ExecutorService workers = WorkerThreads.newExecutor();
        try {
            String niceness = workers.submit(() -> {
                Process ps = new ProcessBuilder("sh", "-c", "cut -d')' -f2 /proc/self/stat | cut -d' ' -f18")
                        .start();
                String out = new String(ps.getInputStream().readAllBytes()).strip();
                ps.waitFor(10, TimeUnit.SECONDS);
                return out;
            }).get(20, TimeUnit.SECONDS);

            assertThat(niceness).isEqualTo(Integer.toString(lowered()));
        } finally {
            workers.shutdownNow();
        }
    }

    @Test
    void theJitCompilersAreLowered() throws Exception {
        BackgroundPriority.lowerJvmBackgroundThreads();

        List<Integer> compilers = new ArrayList<>();
        try (var tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                if (Files.readString(task.resolve("comm")).contains("CompilerThre")) {
                    compilers.add(BackgroundPriority.niceness(Long.parseLong(task.getFileName().toString())));
                }
            }
        }
        assertThat(compilers).isNotEmpty().allMatch(nice -> nice == lowered());
    }
}
