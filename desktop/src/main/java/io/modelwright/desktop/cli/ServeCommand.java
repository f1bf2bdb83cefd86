package io.modelwright.desktop.cli;

import io.modelwright.core.ModelwrightException;
import io.modelwright.desktop.common.WorkerThreads;
import io.modelwright.runtime.serve.ScorerServer;
import io.modelwright.runtime.serve.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;

/** {@code modelwright serve DIR}: the exported scorer's HTTP server, in this process, until Ctrl+C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve an exported model over HTTP (the same server as the artifact's scorer) until Ctrl+C.")
public final class ServeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "The artifact folder, or its model/ folder.")
    Path dir;

    @Option(names = "--port", paramLabel = "N", description = "Port to listen on (default 8080; 0 picks a free one).")
    int port = 8080;

    @Mixin
    DebugOption debug;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Path modelDir = ArtifactOutput.modelDir(dir);
        ScorerServer server;
        try {
            server = ScorerServer.start(ServerConfig.fromEnvironment(System.getenv(), modelDir, port, null));
        } catch (IOException e) {
            throw new ModelwrightException("Cannot listen on port " + port + ": " + e.getMessage()
                    + ". Choose another port with --port N.", e);
        }
        if (!server.awaitLoaded(Duration.ofMinutes(10))) {
            String failure = server.loadFailure();
            server.stop(Duration.ZERO);
            throw new ModelwrightException("The model in " + modelDir + " could not be loaded: " + failure);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        WorkerThreads.onShutdown("modelwright-serve-shutdown", () -> {
            server.stop(Duration.ofSeconds(20));
            stopped.countDown();
        });
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving " + modelDir + " at http://127.0.0.1:" + server.port() + "/ (POST /invocations; "
                + "Ctrl+C to stop)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped from inside the JVM (an embedding caller or a test) rather than by Ctrl+C.
            server.stop(Duration.ZERO);
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
