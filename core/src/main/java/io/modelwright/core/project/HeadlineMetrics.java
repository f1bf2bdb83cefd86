package io.modelwright.core.project;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads only each metric's headline value from the stored metrics JSON, with the streaming parser. Listing runs
 * does this for every run when a project opens, on a cold JVM, where binding the whole JSON to records
 * costs several hundred milliseconds of set-up alone.
 */
final class HeadlineMetrics {
    private static final JsonFactory JSON = new JsonFactory();

    private HeadlineMetrics() {
    }

    /** @param metricsJson {@code {"name": {"value": v, "std": s, "perFold": [...]}, ...}} */
    static Map<String, Double> read(String metricsJson) throws JsonProcessingException {
        try (JsonParser p = JSON.createParser(metricsJson)) {
            return read(p);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e); // parsing a string in memory does no I/O
        }
    }

    private static Map<String, Double> read(JsonParser p) throws IOException {
        Map<String, Double> headline = new LinkedHashMap<>();
        expect(p, JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String metric = p.currentName();
            expect(p, JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("value")) {
                    // NaN is written as the string "NaN"
                    headline.put(metric, value == JsonToken.VALUE_STRING ? Double.parseDouble(p.getText())
                            : p.getDoubleValue());
                } else {
                    p.skipChildren();
                }
            }
        }
        return headline;
    }

    private static void expect(JsonParser p, JsonToken expected) throws IOException {
        JsonToken actual = p.nextToken();
        if (actual != expected) {
            throw new JsonParseException(p, "Stored metrics are not a JSON object of metrics (found " + actual + ")");
        }
    }
}
