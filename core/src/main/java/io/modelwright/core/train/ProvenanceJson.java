package io.modelwright.core.train;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.oracle.labs.mlrg.olcut.provenance.ProvenanceUtil;
import org.tribuo.Model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tribuo's provenance of a model (trainer settings, seed, data description, library versions) as JSON, with
 * absolute file paths reduced to file names so that a shared record does not reveal a person's folders.
 */
public final class ProvenanceJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProvenanceJson() {
    }

    /** @return the model's provenance as JSON */
    public static String of(Model<?> model) {
        Map<String, Object> map = ProvenanceUtil.convertToMap(model.getProvenance());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(strip(map));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object strip(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), strip(v)));
            return out;
        }
        if (o instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(strip(v)));
            return out;
        }
        if (o instanceof String s && looksLikeAbsolutePath(s)) {
            String name = s.replace('\\', '/');
            return name.substring(name.lastIndexOf('/') + 1);
        }
        return o;
    }

    static boolean looksLikeAbsolutePath(String s) {
        return (s.startsWith("/") && s.indexOf('/', 1) > 0) || s.matches("^[A-Za-z]:[\\\\/].*")
                || s.startsWith("file:/");
    }
}
