package io.modelwright.core.project;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes absolute paths from Tribuo provenance JSON before it is saved, so a project mailed to someone else
 * does not reveal (or depend on) the author's folders. A string value that is an absolute path or a
 * {@code file:} URI becomes its file name, or its path relative to a given folder when it lies inside it.
 * Nothing else changes; JSON without such paths is returned exactly as given.
 */
public final class ProvenancePaths {
    private static final Pattern ABSOLUTE = Pattern.compile("^(/[^/].*|[A-Za-z]:[\\\\/].*|\\\\\\\\.+)$");

    private ProvenancePaths() {
    }

    /**
     * @param json provenance JSON
     * @return the same JSON with every absolute path replaced by its file name
     * @throws IllegalArgumentException when {@code json} is not JSON
     */
    public static String stripAbsolutePaths(String json) {
        return rewrite(json, null);
    }

    /**
     * @param json          provenance JSON
     * @param baseDirectory paths inside this folder become relative to it ({@code data/iris.csv}); others become
     *                      their file name
     * @return the rewritten JSON
     * @throws IllegalArgumentException when {@code json} is not JSON
     */
    public static String relativizeAbsolutePaths(String json, Path baseDirectory) {
        return rewrite(json, slashed(baseDirectory.toAbsolutePath().normalize().toString()));
    }

    private static String rewrite(String json, String base) {
        JsonNode root;
        try {
            root = ProjectJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Provenance is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !rewriteChildren(root, base)) {
            return json;
        }
        return ProjectJson.write(root);
    }

    /** @return true when something was replaced */
    private static boolean rewriteChildren(JsonNode node, String base) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String replaced = replacement(field.getValue(), base);
                if (replaced != null) {
                    field.setValue(TextNode.valueOf(replaced));
                    changed = true;
                } else {
                    changed |= rewriteChildren(field.getValue(), base);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String replaced = replacement(array.get(i), base);
                if (replaced != null) {
                    array.set(i, TextNode.valueOf(replaced));
                    changed = true;
                } else {
                    changed |= rewriteChildren(array.get(i), base);
                }
            }
        }
        return changed;
    }

    /** @return the text replacing this node, or null to keep it */
    private static String replacement(JsonNode node, String base) {
        if (!node.isTextual()) {
            return null;
        }
        String text = node.textValue().trim();
        if (text.regionMatches(true, 0, "file:", 0, 5)) {
            text = text.substring(5).replaceFirst("^/+(?=[A-Za-z]:)", "").replaceFirst("^/{2,}", "/");
        }
        if (!ABSOLUTE.matcher(text).matches()) {
            return null;
        }
        String path = slashed(text);
        if (base != null && path.startsWith(base + "/")) {
            return path.substring(base.length() + 1);
        }
        String trimmed = path.replaceAll("/+$", "");
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static String slashed(String path) {
        return path.replace('\\', '/');
    }
}
