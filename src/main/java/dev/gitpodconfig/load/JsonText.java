package dev.gitpodconfig.load;

/**
 * Makes JSON text readable by SnakeYAML, which implements YAML 1.1: JSON is YAML 1.2, but SnakeYAML
 * rejects two things JSON writers produce. Docker writes {@code config.json} indented with tabs
 * ({@code json.MarshalIndent(…, "", "\t")}), and a tab that indents a line is not allowed in YAML 1.1;
 * and JSON may escape a slash as {@code \/}, an escape YAML 1.1 lacks. Tabs outside strings become
 * spaces (columns stay the same) and {@code \/} inside double-quoted strings becomes {@code /} (later
 * columns on that line move one to the left).
 */
final class JsonText {

    private JsonText() {}

    /**
     * Whether a text is a JSON object or array: its first character that is not white space opens one.
     *
     * @param text the text, without a byte-order mark
     * @return true for JSON-looking text
     */
    static boolean looksLikeJson(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[';
            }
        }
        return false;
    }

    /**
     * The text with tabs outside strings replaced by spaces and {@code \/} unescaped.
     *
     * @param json JSON text
     * @return text SnakeYAML composes to the same tree
     */
    static String toYaml(String json) {
        if (json.indexOf('\t') < 0 && !json.contains("\\/")) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString && c == '\\' && i + 1 < json.length()) {
                char next = json.charAt(++i);
                if (next == '/') {
                    out.append('/');
                } else {
                    out.append(c).append(next);
                }
                continue;
            }
            if (c == '"') {
                inString = !inString;
            } else if (c == '\t' && !inString) {
                c = ' ';
            }
            out.append(c);
        }
        return out.toString();
    }
}
