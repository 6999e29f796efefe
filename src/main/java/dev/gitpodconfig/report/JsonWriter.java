package dev.gitpodconfig.report;

import java.util.Arrays;

/**
 * A small streaming JSON writer with stable, indented output: members appear in the order they are
 * written, two spaces per level, {@code \n} line ends. Strings are escaped per RFC 8259, and also
 * U+2028, U+2029 and unpaired surrogates, so any Java string yields valid JSON and valid UTF-8.
 * The plugin has no JSON library at run time (SnakeYAML is its only dependency).
 */
public final class JsonWriter {

    /** Indentation for the usual depths, appended as a slice rather than built for every line. */
    private static final String INDENT = "  ".repeat(16);

    private final StringBuilder out = new StringBuilder(1 << 14);
    /**
     * One entry per open object or array, the innermost at {@code depth - 1}: whether it has no element yet. An
     * array, not a deque of boxed booleans: a report writes thousands of tokens, in a clean build interpreted.
     */
    private boolean[] empty = new boolean[16];

    private int depth;

    private boolean afterName;

    /**
     * Opens an object.
     *
     * @return this writer
     */
    public JsonWriter beginObject() {
        beforeValue();
        out.append('{');
        open();
        return this;
    }

    /**
     * Closes the innermost object.
     *
     * @return this writer
     */
    public JsonWriter endObject() {
        return close('}');
    }

    /**
     * Opens an array.
     *
     * @return this writer
     */
    public JsonWriter beginArray() {
        beforeValue();
        out.append('[');
        open();
        return this;
    }

    /**
     * Closes the innermost array.
     *
     * @return this writer
     */
    public JsonWriter endArray() {
        return close(']');
    }

    /**
     * Writes a member name; the next value written is its value.
     *
     * @param name the name
     * @return this writer
     */
    public JsonWriter name(String name) {
        nextElement();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    /**
     * Writes a string value, or null.
     *
     * @param value the value
     * @return this writer
     */
    public JsonWriter value(String value) {
        beforeValue();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        return this;
    }

    /**
     * Writes a number.
     *
     * @param value the value
     * @return this writer
     */
    public JsonWriter value(long value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /**
     * Writes a boolean.
     *
     * @param value the value
     * @return this writer
     */
    public JsonWriter value(boolean value) {
        beforeValue();
        out.append(value);
        return this;
    }

    /**
     * Writes a member with a string value.
     *
     * @param name the name
     * @param value the value
     * @return this writer
     */
    public JsonWriter field(String name, String value) {
        return name(name).value(value);
    }

    /**
     * Writes a member with a number value.
     *
     * @param name the name
     * @param value the value
     * @return this writer
     */
    public JsonWriter field(String name, long value) {
        return name(name).value(value);
    }

    /**
     * Writes a member whose value is an object with one {@code text} member, SARIF's message shape.
     *
     * @param name the name
     * @param text the text
     * @return this writer
     */
    public JsonWriter textField(String name, String text) {
        return name(name).beginObject().field("text", text).endObject();
    }

    /**
     * The JSON written, with a final line break once every object and array is closed.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return depth == 0 ? out + "\n" : out.toString();
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
        } else {
            nextElement();
        }
    }

    private void open() {
        if (depth == empty.length) {
            empty = Arrays.copyOf(empty, depth * 2);
        }
        empty[depth++] = true;
    }

    private void nextElement() {
        if (depth == 0) {
            return;
        }
        if (!empty[depth - 1]) {
            out.append(',');
        }
        empty[depth - 1] = false;
        newline(depth);
    }

    private JsonWriter close(char bracket) {
        boolean wasEmpty = empty[--depth];
        if (!wasEmpty) {
            newline(depth);
        }
        out.append(bracket);
        return this;
    }

    private void newline(int level) {
        out.append('\n');
        for (int left = 2 * level; left > 0; left -= INDENT.length()) {
            out.append(INDENT, 0, Math.min(left, INDENT.length()));
        }
    }

    private void string(String value) {
        out.append('"');
        // Over a char array, appending each run of plain characters in one call: in a clean build this code still
        // runs in the interpreter, where a charAt call per character costs several times an array read, and a
        // report holds every rule's texts.
        char[] chars = value.toCharArray();
        int plainFrom = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // Printable ASCII first, the usual case, in the fewest comparisons.
            if ((c >= 0x20 && c < 0x7F)
                    ? (c != '"' && c != '\\')
                    : (c >= 0x7F && (c < 0x2028 || c > 0x2029) && (c < 0xD800 || c > 0xDFFF))) {
                continue;
            }
            out.append(chars, plainFrom, i - plainFrom);
            plainFrom = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < chars.length
                            && Character.isLowSurrogate(chars[i + 1])) {
                        out.append(c).append(chars[++i]);
                        plainFrom = i + 1;
                    } else {
                        out.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        out.append(chars, plainFrom, chars.length - plainFrom);
        out.append('"');
    }
}
