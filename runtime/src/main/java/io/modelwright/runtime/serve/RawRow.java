package io.modelwright.runtime.serve;

import java.util.List;
import java.util.Map;

/** One row as it arrived: named (JSON objects, CSV with a header) or positional (in manifest input order). */
record RawRow(Map<String, Object> named, List<?> positional) {
    static RawRow named(Map<String, Object> values) {
        return new RawRow(values, null);
    }

    static RawRow positional(List<?> values) {
        return new RawRow(null, values);
    }
}
