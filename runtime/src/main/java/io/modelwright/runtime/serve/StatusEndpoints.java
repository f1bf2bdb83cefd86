package io.modelwright.runtime.serve;

import com.sun.net.httpserver.HttpExchange;
import io.modelwright.runtime.RuntimeInfo;
import io.modelwright.runtime.artifact.ArtifactManifest;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Health, version and metrics endpoints: cheap, and never touching request bodies. */
final class StatusEndpoints {
    private final ModelHolder model;
    private final ServerConfig config;
    private final MetricsRegistry metrics;

    StatusEndpoints(ModelHolder model, ServerConfig config, MetricsRegistry metrics) {
        this.model = model;
        this.config = config;
        this.metrics = metrics;
    }

    /** SageMaker: 200 with an empty body once the model is loaded. */
    void ping(HttpExchange ex) throws IOException {
        Responses.send(ex, model.isReady() ? 200 : 503, null, new byte[0]);
    }

    void health(HttpExchange ex) throws IOException {
        Responses.json(ex, model.isReady() ? 200 : 503, Map.of("status", model.isReady() ? "ok" : "loading"));
    }

    void version(HttpExchange ex) throws IOException {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("modelwright", RuntimeInfo.appVersion());
        v.put("tribuo", RuntimeInfo.tribuoVersion());
        v.put("java", RuntimeInfo.javaVersion());
        if (model.isReady()) {
            ArtifactManifest m = model.scorer().manifest();
            v.put("model", m.name());
            v.put("modelVersion", m.version());
        }
        Responses.json(ex, 200, v);
    }

    /** SageMaker batch transform asks this to size its requests. */
    void executionParameters(HttpExchange ex) throws IOException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("MaxConcurrentTransforms", config.workers());
        p.put("BatchStrategy", "MULTI_RECORD");
        p.put("MaxPayloadInMB", Math.max(1, config.maxBodyBytes() / (1024 * 1024)));
        Responses.json(ex, 200, p);
    }

    void metrics(HttpExchange ex) throws IOException {
        Responses.text(ex, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.render());
    }

    void openApi(HttpExchange ex) throws IOException {
        Responses.json(ex, 200, OpenApiDocument.build(model.scorer().manifest()));
    }

    void page(HttpExchange ex) throws IOException {
        Responses.text(ex, 200, "text/html; charset=utf-8", FormPage.render(model.scorer().manifest()));
    }
}
