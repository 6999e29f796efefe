package dev.gitpodconfig.schema;

import dev.gitpodconfig.report.JsonWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document built in memory, then written with the plugin's {@link JsonWriter}: a schema refers to its own
 * parts by JSON pointer, so it is easier to build as a tree than to stream. Objects keep the order members are
 * put in, so the output is stable.
 */
final class JsonTree {

    /** JSON's {@code null} as a value in a tree (Java's null is never a value here). */
    static final Object NULL = new Object();

    private JsonTree() {}

    /** A new, empty object whose members keep their order. */
    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /** A new object with one member, to which more can be added. */
    static Map<String, Object> object(String name, Object value) {
        Map<String, Object> object = object();
        object.put(name, value);
        return object;
    }

    /**
     * The text of a tree.
     *
     * @param root an object whose values are objects, lists, strings, booleans, integers or {@link #NULL}
     * @return indented JSON with a final line break
     */
    static String write(Map<String, Object> root) {
        JsonWriter out = new JsonWriter();
        value(out, root);
        return out.toString();
    }

    private static void value(JsonWriter out, Object value) {
        if (value instanceof Map<?, ?> members) {
            out.beginObject();
            for (Map.Entry<?, ?> member : members.entrySet()) {
                out.name((String) member.getKey());
                value(out, member.getValue());
            }
            out.endObject();
        } else if (value instanceof List<?> items) {
            out.beginArray();
            for (Object item : items) {
                value(out, item);
            }
            out.endArray();
        } else if (value instanceof String text) {
            out.value(text);
        } else if (value instanceof Boolean flag) {
            out.value(flag.booleanValue());
        } else if (value instanceof Integer || value instanceof Long) {
            out.value(((Number) value).longValue());
        } else if (value == NULL) {
            out.value((String) null);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }
}
