package io.modelwright.runtime;

import io.modelwright.runtime.batch.BatchScorer;
import io.modelwright.runtime.score.Scorer;
import io.modelwright.runtime.serve.ScorerServer;
import io.modelwright.runtime.serve.ServerConfig;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Entry point of {@code modelwright-scorer.jar}:
 * <pre>
 * serve       [--model DIR] [--port N] [--bind ADDR]
 * batch       --model DIR --input in.csv --output out.csv
 * healthcheck [--port N]
 * </pre>
 * Plain argument parsing on purpose: the runtime depends only on Tribuo, Jackson and the JDK.
 */
public final class ScorerMain {
    private static final String USAGE = """
            Usage: java -jar modelwright-scorer.jar COMMAND [options]
              serve       [--model DIR] [--port N] [--bind ADDR]   HTTP scorer (SageMaker, MLflow, KServe)
              batch       --model DIR --input in.csv --output out.csv
              healthcheck [--port N]                               exit 0 when GET /ping answers 200
            Model directory default: $MODEL_DIR, /opt/ml/model, /mnt/models, ./model
            Port default: $SAGEMAKER_BIND_TO_PORT, $PORT, 8080. Bind default: 127.0.0.1.""";

    private ScorerMain() {
    }

    /** Runs a command; exits non-zero on failure. */
    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
        } catch (Exception e) {
            System.err.println("Error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            System.exit(1);
        }
    }

    static int run(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            System.out.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        Map<String, String> options = new HashMap<>();
        String command = parse(args, options);
        return switch (command) {
            case "serve" -> serve(options);
            case "batch" -> batch(options);
            case "healthcheck" -> healthcheck(options);
            default -> throw new IllegalArgumentException("Unknown command '" + command + "'.");
        };
    }

    /**
     * Options may come before the command: the container's ENTRYPOINT fixes {@code --bind 0.0.0.0} and SageMaker
     * appends {@code serve}.
     *
     * @return the command
     */
    static String parse(String[] args, Map<String, String> options) {
        String command = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) {
                if (command != null) {
                    throw new IllegalArgumentException("Unexpected argument '" + a + "'.");
                }
                command = a;
                continue;
            }
            int eq = a.indexOf('=');
            if (eq > 0) {
                options.put(a.substring(2, eq), a.substring(eq + 1));
            } else if (i + 1 < args.length) {
                options.put(a.substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("Option " + a + " needs a value.");
            }
        }
        if (command == null) {
            throw new IllegalArgumentException("No command given.");
        }
        return command;
    }

    private static int serve(Map<String, String> o) throws Exception {
        ServerConfig config = ServerConfig.fromEnvironment(System.getenv(),
                o.containsKey("model") ? Path.of(o.get("model")) : null,
                o.containsKey("port") ? Integer.valueOf(o.get("port")) : null, o.get("bind"));
        ScorerServer server = ScorerServer.start(config);
        // The first stdout line tells a parent process (e.g. export verification with --port 0) where we listen.
        System.out.println("Listening on http://" + config.bindAddress() + ":" + server.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(Duration.ofSeconds(20)), "shutdown"));
        if (!server.awaitLoaded(Duration.ofMinutes(10))) {
            System.err.println("Error: the model could not be loaded: " + server.loadFailure());
            server.stop(Duration.ZERO);
            return 1;
        }
        System.out.println("Ready: model loaded and self-tested.");
        Thread.currentThread().join(); // serve until SIGTERM; the shutdown hook drains in-flight requests
        return 0;
    }

    private static int batch(Map<String, String> o) throws IOException {
        for (String required : new String[] {"model", "input", "output"}) {
            if (!o.containsKey(required)) {
                throw new IllegalArgumentException("batch needs --" + required + ".");
            }
        }
        Scorer scorer = Scorer.load(Path.of(o.get("model")));
        try (BufferedReader in = Files.newBufferedReader(Path.of(o.get("input")), StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(Path.of(o.get("output")), StandardCharsets.UTF_8)) {
            BatchScorer.Result result = new BatchScorer(scorer).score(in, out);
            System.err.println("Scored " + result.rows() + " rows (" + result.errors() + " with errors).");
        }
        return 0;
    }

    private static int healthcheck(Map<String, String> o) {
        ServerConfig config = ServerConfig.fromEnvironment(System.getenv(), Path.of("."),
                o.containsKey("port") ? Integer.valueOf(o.get("port")) : null, null);
        try {
            HttpResponse<Void> r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + config.port() + "/ping"))
                            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200 ? 0 : 1;
        } catch (IOException e) {
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
