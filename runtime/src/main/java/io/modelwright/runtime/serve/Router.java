package io.modelwright.runtime.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one handler on {@code /}: checks overload and the API key, dispatches by method and path, turns errors into
 * JSON answers and records metrics. One place, so every endpoint gets the same treatment.
 */
final class Router implements HttpHandler {
    private static final Logger LOG = Logger.getLogger(Router.class.getName());
    /** Set while the executor's rejection handler runs a request on the dispatcher thread: answer 503 fast. */
    static final ThreadLocal<Boolean> OVERLOADED = ThreadLocal.withInitial(() -> false);

    private final StatusEndpoints status;
    private final InvocationsHandler invocations;
    private final OpenInferenceHandler v2;
    private final KServeV1Handler v1;
    private final ApiKeyFilter apiKeys;
    private final MetricsRegistry metrics;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private volatile boolean draining;

    Router(StatusEndpoints status, InvocationsHandler invocations, OpenInferenceHandler v2, KServeV1Handler v1,
           ApiKeyFilter apiKeys, MetricsRegistry metrics) {
        this.status = status;
        this.invocations = invocations;
        this.v2 = v2;
        this.v1 = v1;
        this.apiKeys = apiKeys;
        this.metrics = metrics;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        long start = System.nanoTime();
        String path = ex.getRequestURI().getPath();
        String route = "other";
        int code;
        inFlight.incrementAndGet();
        try {
            if (OVERLOADED.get()) {
                throw new HttpError(503, "The server is busy; retry shortly.");
            }
            if (draining) {
                throw new HttpError(503, "The server is shutting down.");
            }
            apiKeys.check(path, ex.getRequestHeaders());
            route = dispatch(ex, path);
            code = ex.getResponseCode();
        } catch (HttpError e) {
            code = e.status();
            if (code == 503 || code == 413) {
                ex.getResponseHeaders().set("Connection", "close");
            }
            if (code == 503) {
                ex.getResponseHeaders().set("Retry-After", "1");
            }
            Responses.error(ex, e, path.equals("/invocations"));
        } catch (RuntimeException e) {
            // Log the cause once for the operator; the client gets no stack trace and no echo of its request.
            LOG.log(Level.SEVERE, "Unexpected error on " + ex.getRequestMethod() + " " + path, e);
            code = 500;
            Responses.error(ex, new HttpError(500, "Internal error; see the server log."),
                    path.equals("/invocations"));
        } finally {
            inFlight.decrementAndGet();
        }
        metrics.recordRequest(route, code, (System.nanoTime() - start) / 1e9);
    }

    /** From now on, new requests get 503 while those in flight finish. */
    void startDraining() {
        draining = true;
    }

    /** @return requests being handled right now */
    int inFlight() {
        return inFlight.get();
    }

    /** @return the route template, for metrics */
    private String dispatch(HttpExchange ex, String path) throws IOException {
        String method = ex.getRequestMethod();
        switch (path) {
            case "/" -> { get(method); status.page(ex); return "/"; }
            case "/ping" -> { get(method); status.ping(ex); return path; }
            case "/health" -> { get(method); status.health(ex); return path; }
            case "/version" -> { get(method); status.version(ex); return path; }
            case "/execution-parameters" -> { get(method); status.executionParameters(ex); return path; }
            case "/metrics" -> { get(method); status.metrics(ex); return path; }
            case "/openapi.json" -> { get(method); status.openApi(ex); return path; }
            case "/invocations" -> { post(method); invocations.handle(ex); return path; }
            case "/v2" -> { get(method); v2.serverMetadata(ex); return path; }
            case "/v2/health/live" -> { get(method); v2.live(ex); return path; }
            case "/v2/health/ready" -> { get(method); v2.ready(ex); return path; }
            default -> { return dispatchModelPath(ex, method, path); }
        }
    }

    private String dispatchModelPath(HttpExchange ex, String method, String path) throws IOException {
        if (path.startsWith("/v2/models/")) {
            String[] parts = path.substring("/v2/models/".length()).split("/");
            String name = parts[0];
            int i = 1;
            if (parts.length >= 3 && parts[1].equals("versions")) {
                i = 3; // /v2/models/{name}/versions/{v}/...: one version is served, whichever is asked for
            }
            String rest = parts.length > i ? String.join("/", java.util.Arrays.copyOfRange(parts, i, parts.length))
                    : "";
            switch (rest) {
                case "" -> { get(method); v2.modelMetadata(ex, name); return "/v2/models/{name}"; }
                case "ready" -> { get(method); v2.modelReady(ex, name); return "/v2/models/{name}/ready"; }
                case "infer" -> { post(method); v2.infer(ex, name); return "/v2/models/{name}/infer"; }
                default -> throw notFound(path);
            }
        }
        if (path.startsWith("/v1/models/")) {
            String rest = path.substring("/v1/models/".length());
            if (rest.endsWith(":predict")) {
                post(method);
                v1.predict(ex, rest.substring(0, rest.length() - ":predict".length()));
                return "/v1/models/{name}:predict";
            }
            if (!rest.isEmpty() && !rest.contains("/") && !rest.contains(":")) {
                get(method);
                v1.status(ex, rest);
                return "/v1/models/{name}";
            }
        }
        throw notFound(path);
    }

    private static HttpError notFound(String path) {
        return new HttpError(404, "No endpoint at " + (path.length() > 100 ? path.substring(0, 100) + "..." : path)
                + ". See GET /openapi.json.");
    }

    private static void get(String method) {
        allow(method, "GET", "HEAD");
    }

    private static void post(String method) {
        allow(method, "POST");
    }

    private static void allow(String method, String... allowed) {
        for (String a : allowed) {
            if (a.equals(method)) {
                return;
            }
        }
        throw new HttpError(405, "Method " + method + " is not allowed here; use " + String.join(" or ", allowed)
                + ".");
    }
}
