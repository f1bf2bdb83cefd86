package io.modelwright.desktop.common;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Processes the app starts (e.g. an exported scorer started to try it) end when the app ends: on
 * {@code Application.stop()} and, should the JVM end another way, from a shutdown hook.
 */
public final class ChildProcesses {
    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::stopAll, "modelwright-child-processes"));
    }

    private ChildProcesses() {
    }

    /** Remembers a process to stop when the app exits. */
    public static Process register(Process process) {
        RUNNING.add(process);
        process.onExit().thenAccept(RUNNING::remove);
        return process;
    }

    /** Stops one process: politely, then forcibly after 5 s. */
    public static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        RUNNING.remove(process);
    }

    /** Stops every process the app started. */
    public static void stopAll() {
        RUNNING.forEach(ChildProcesses::stop);
    }
}
