package io.modelwright.core.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a header record into unique column names: blanks become "column_3", repeats become "a_2", "a_3". */
final class HeaderNames {
    /** Unique names and one warning per name that had to be renamed. */
    record Result(List<String> names, List<DataWarning> warnings) {
    }

    private HeaderNames() {
    }

    /** @param header the header fields, or null when the file has no header */
    static Result of(List<String> header, int columns) {
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            String name = header == null || i >= header.size() ? "" : header.get(i).trim();
            raw.add(name.isEmpty() ? "column_" + (i + 1) : name);
        }
        Set<String> taken = new HashSet<>(raw);
        Set<String> used = new HashSet<>();
        Map<String, List<String>> renamed = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (String name : raw) {
            String unique = name;
            if (!used.add(name)) {
                int n = 2;
                while (taken.contains(name + "_" + n) || used.contains(name + "_" + n)) {
                    n++;
                }
                unique = name + "_" + n;
                used.add(unique);
                renamed.computeIfAbsent(name, k -> new ArrayList<>(List.of(k))).add(unique);
            }
            names.add(unique);
        }
        List<DataWarning> warnings = new ArrayList<>();
        renamed.forEach((name, all) -> warnings.add(new DataWarning(DataWarning.Kind.DUPLICATE_HEADER, name,
                "The column name '" + name + "' appears " + all.size() + " times; the columns are named "
                        + String.join(", ", all) + ". Rename them in the file if they mean different things.")));
        return new Result(names, warnings);
    }
}
