package io.modelwright.runtime.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How the HTTP scorer runs. {@link #fromEnvironment} applies the deployment contracts: SageMaker's
 * {@code SAGEMAKER_BIND_TO_PORT} and {@code SAGEMAKER_MAX_PAYLOAD_IN_MB}, KServe's {@code PORT} and
 * {@code /mnt/models}.
 *
 * @param modelDir      the artifact's model directory
 * @param bindAddress   address to listen on
 * @param port          port to listen on (0: any free port)
 * @param workers       threads that score requests
 * @param queueCapacity requests that may wait for a worker before new ones get 503
 * @param maxBodyBytes  largest request body accepted (413 above)
 * @param maxRows       most rows accepted in one request (413 above)
 * @param apiKey        required key (Bearer or X-Api-Key) on all but health endpoints; null: none
 */
public record ServerConfig(Path modelDir, String bindAddress, int port, int workers, int queueCapacity,
                           long maxBodyBytes, int maxRows, String apiKey) {

    /** Default body cap: SageMaker's real-time payload limit. */
    public static final int DEFAULT_MAX_BODY_MB = 6;
    /** Default row cap per request. */
    public static final int DEFAULT_MAX_ROWS = 10_000;

    /** @return a copy listening on another port */
    public ServerConfig withPort(int newPort) {
        return new ServerConfig(modelDir, bindAddress, newPort, workers, queueCapacity, maxBodyBytes, maxRows, apiKey);
    }

    /** @return a copy requiring an API key */
    public ServerConfig withApiKey(String key) {
        return new ServerConfig(modelDir, bindAddress, port, workers, queueCapacity, maxBodyBytes, maxRows, key);
    }

    /** @return a copy with other limits */
    public ServerConfig withLimits(int newWorkers, int newQueue, long newMaxBodyBytes, int newMaxRows) {
        return new ServerConfig(modelDir, bindAddress, port, newWorkers, newQueue, newMaxBodyBytes, newMaxRows,
                apiKey);
    }

    /**
     * @param env         environment variables
     * @param modelDir    {@code --model}, or null to search {@code $MODEL_DIR}, /opt/ml/model, /mnt/models, ./model
     * @param port        {@code --port}, or null for {@code SAGEMAKER_BIND_TO_PORT}, {@code PORT}, 8080
     * @param bindAddress {@code --bind}, or null for 127.0.0.1
     */
    public static ServerConfig fromEnvironment(Map<String, String> env, Path modelDir, Integer port,
                                               String bindAddress) {
        Path dir = modelDir != null ? modelDir : defaultModelDir(env);
        int p = port != null ? port : intEnv(env, 8080, "SAGEMAKER_BIND_TO_PORT", "PORT");
        long maxMb = intEnv(env, DEFAULT_MAX_BODY_MB, "SCORER_MAX_BODY_MB", "SAGEMAKER_MAX_PAYLOAD_IN_MB");
        int maxRows = intEnv(env, DEFAULT_MAX_ROWS, "SCORER_MAX_ROWS");
        int cores = Runtime.getRuntime().availableProcessors();
        int workers = intEnv(env, Math.max(2, cores * 2), "SCORER_WORKERS");
        String key = env.get("SCORER_API_KEY");
        return new ServerConfig(dir, bindAddress != null ? bindAddress : "127.0.0.1", p, workers,
                intEnv(env, 64, "SCORER_QUEUE"), maxMb * 1024 * 1024, maxRows,
                key == null || key.isBlank() ? null : key);
    }

    /** @return the first model directory that exists, in the documented order ({@code ./model} if none) */
    static Path defaultModelDir(Map<String, String> env) {
        String fromEnv = env.get("MODEL_DIR");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv);
        }
        for (String candidate : List.of("/opt/ml/model", "/mnt/models", "model")) {
            if (Files.isDirectory(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return Path.of("model");
    }

    private static int intEnv(Map<String, String> env, int fallback, String... names) {
        for (String name : names) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                try {
                    return Integer.parseInt(v.trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'.");
                }
            }
        }
        return fallback;
    }
}
