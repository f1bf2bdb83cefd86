package io.modelwright.runtime.serve;

import com.sun.net.httpserver.HttpServer;
import io.modelwright.runtime.artifact.ArtifactManifest;
import io.modelwright.runtime.score.Scorer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The HTTP scorer: SageMaker, MLflow, KServe V1 and Open Inference Protocol V2 on one port, on the JDK's own
 * HTTP server (fast start, no dependencies).
 * <p>
 * Start-up: bind, then load the model and run {@code input_example.json} through it; {@code /ping} answers 200
 * only after that self-test passed.
 */
public final class ScorerServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ScorerServer.class.getName());

    private final HttpServer http;
    private final ThreadPoolExecutor executor;
    private final ModelHolder model = new ModelHolder();
    private final ServerConfig config;
    private final CountDownLatch loaded = new CountDownLatch(1);
    private final Router router;

    private ScorerServer(ServerConfig config) throws IOException {
        this.config = config;
        // Without TCP_NODELAY every response waits ~40 ms for a delayed ACK: must be set before create().
        System.setProperty("sun.net.httpserver.nodelay", "true");
        http = HttpServer.create(new InetSocketAddress(config.bindAddress(), config.port()), 128);
        executor = newExecutor(config);
        http.setExecutor(executor);
        MetricsRegistry metrics = new MetricsRegistry();
        RequestBodyReader bodies = new RequestBodyReader(config.maxBodyBytes());
        router = new Router(new StatusEndpoints(model, config, metrics),
                new InvocationsHandler(model, bodies, metrics), new OpenInferenceHandler(model, bodies, metrics),
                new KServeV1Handler(model, bodies, metrics), new ApiKeyFilter(config.apiKey()), metrics);
        http.createContext("/", router);
    }

    /**
     * Binds the port and starts loading the model in the background.
     *
     * @param config how to run
     * @return the running server ({@link #awaitLoaded} to wait for the model)
     */
    public static ScorerServer start(ServerConfig config) throws IOException {
        ScorerServer server = new ScorerServer(config);
        server.http.start();
        Thread loader = new Thread(server::loadModel, "model-loader");
        loader.setDaemon(true);
        loader.start();
        return server;
    }

    private static ThreadPoolExecutor newExecutor(ServerConfig config) {
        BlockingQueue<Runnable> queue = config.queueCapacity() <= 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(config.queueCapacity());
        AtomicInteger ids = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(config.workers(), config.workers(), 60, TimeUnit.SECONDS,
                queue, r -> {
                    Thread t = new Thread(r, "scorer-worker-" + ids.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        // A full queue must not drop the connection silently: the rejected exchange runs right here on the
        // dispatcher thread, flagged so that the router answers 503 at once without reading the body.
        pool.setRejectedExecutionHandler((task, executor) -> {
            Router.OVERLOADED.set(true);
            try {
                task.run();
            } finally {
                Router.OVERLOADED.set(false);
            }
        });
        return pool;
    }

    private void loadModel() {
        try {
            Scorer scorer = Scorer.load(config.modelDir());
            selfTest(scorer);
            model.ready(scorer, config.maxRows());
            LOG.info("Model '" + scorer.manifest().name() + "' loaded and self-tested; ready.");
        } catch (Exception | LinkageError e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            model.failed(reason);
            LOG.severe("Could not load the model from " + config.modelDir() + ": " + reason);
        } finally {
            loaded.countDown();
        }
    }

    /** Runs the artifact's own input example through the full request path; a model that cannot score it is not ready. */
    private void selfTest(Scorer scorer) throws IOException {
        Path example = config.modelDir().resolve(ArtifactManifest.INPUT_EXAMPLE_FILE);
        if (!Files.isRegularFile(example)) {
            return;
        }
        RowsParser parser = new RowsParser(scorer.manifest().inputNames(), Integer.MAX_VALUE, scorer::isInputOrder);
        List<RawRow> rows = parser.mlflowJson(Files.readAllBytes(example));
        try {
            scorer.predictCanonical(RowDecoder.decode(scorer, rows));
        } catch (HttpError e) {
            throw new IllegalStateException("the self-test with input_example.json failed: " + e.getMessage());
        }
    }

    /**
     * @return true when the model loaded and passed the self-test within the timeout
     */
    public boolean awaitLoaded(Duration timeout) throws InterruptedException {
        return loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS) && model.isReady();
    }

    /** @return why the model failed to load, or null */
    public String loadFailure() {
        return model.failure();
    }

    /** @return the port actually bound (useful with port 0) */
    public int port() {
        return http.getAddress().getPort();
    }

    /** @return the configuration */
    public ServerConfig config() {
        return config;
    }

    /**
     * Stops accepting connections, lets in-flight requests finish (up to the grace period), then stops.
     *
     * @param grace how long in-flight requests may take
     */
    public void stop(Duration grace) {
        // JDK 17's HttpServer.stop(delay) waits the whole delay even when idle, so drain ourselves, then stop(0).
        router.startDraining();
        long deadline = System.nanoTime() + grace.toNanos();
        while (router.inFlight() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        http.stop(0);
        executor.shutdown();
        try {
            executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(1));
    }
}
