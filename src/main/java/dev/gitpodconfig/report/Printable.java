package dev.gitpodconfig.report;

/**
 * Makes text from the input safe to print. File names, keys, values and reasons come from the checked
 * repository, and a control character in one of them would act on whatever shows the output: a line
 * feed in a file name starts a new log line, which GitHub Actions reads as a workflow command
 * ({@code ::stop-commands::}, a forged {@code ::error}); an escape sequence recolours, moves or clears a
 * terminal; a carriage return overwrites the start of the line. So every such character is shown as an
 * escape instead: CR, LF and tab as {@code \r}, {@code \n} and {@code \t}, every other C0 control
 * character, DEL, every C1 control character and the Unicode line and paragraph separators as
 * {@code \}{@code uXXXX} (ESC is {@code \}{@code u001b}). The escape is for reading, not reversible: a backslash is
 * kept as it is, so a file really named {@code a\n} (backslash, n) looks the same as one with a line feed.
 */
public final class Printable {

    private Printable() {}

    /**
     * The text with every control character escaped visibly.
     *
     * @param text the text, or null
     * @return the text itself when it has nothing to escape (the usual case), {@code "null"} for null
     */
    public static String escape(String text) {
        if (text == null) {
            return "null";
        }
        int first = firstToEscape(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needsEscape(c)) {
                out.append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else {
                out.append("\\u")
                        .append(HEX[c >> 12 & 0xF])
                        .append(HEX[c >> 8 & 0xF])
                        .append(HEX[c >> 4 & 0xF])
                        .append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static int firstToEscape(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (needsEscape(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }
}
