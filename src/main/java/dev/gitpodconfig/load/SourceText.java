package dev.gitpodconfig.load;

import java.util.Arrays;

/**
 * A file's text split into lines the way the YAML parser counts them, so that a {@link Position}
 * (1-based lines, columns in Unicode code points) can be turned back into text: the line of a
 * suppression comment, or the offending value behind a finding. Line breaks are {@code \r\n},
 * {@code \r}, {@code \n}, NEL, LS and PS, as in SnakeYAML; a leading byte-order mark is not part of
 * the first line.
 */
public final class SourceText {

    private final String body;
    /** Where each line starts and ends (before its line break) in {@link #body}: lines are cut only when asked for. */
    private final int[] starts;

    private final int[] ends;
    private final int lineCount;

    /**
     * Splits a text into lines.
     *
     * @param text the decoded text of a file
     */
    public SourceText(String text) {
        this.body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        boolean onlyNewlines = onlyNewlines(body);
        int[] lineStarts = new int[16];
        int[] lineEnds = new int[16];
        int count = 0;
        int start = 0;
        for (int i = nextBreak(body, 0, onlyNewlines); i >= 0; i = nextBreak(body, start, onlyNewlines)) {
            if (count + 1 >= lineStarts.length) {
                lineStarts = Arrays.copyOf(lineStarts, lineStarts.length * 2);
                lineEnds = Arrays.copyOf(lineEnds, lineEnds.length * 2);
            }
            lineStarts[count] = start;
            lineEnds[count++] = i;
            start = body.charAt(i) == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        }
        lineStarts[count] = start;
        lineEnds[count++] = body.length();
        this.starts = lineStarts;
        this.ends = lineEnds;
        this.lineCount = count;
    }

    /** Whether {@code \n} is the only line break in a text: then indexOf, a fast intrinsic, finds them all. */
    private static boolean onlyNewlines(String text) {
        return text.indexOf('\r') < 0
                && text.indexOf('\u0085') < 0
                && text.indexOf('\u2028') < 0
                && text.indexOf('\u2029') < 0;
    }

    /** The index of the next line break at or after {@code from}, or -1. */
    private static int nextBreak(String text, int from, boolean onlyNewlines) {
        if (onlyNewlines) {
            return text.indexOf('\n', from);
        }
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return i;
            }
        }
        return -1;
    }

    /**
     * How many lines the text has (a text ending in a line break has an empty last line).
     *
     * @return the number of lines, at least 1
     */
    public int lineCount() {
        return lineCount;
    }

    /**
     * One line without its line break.
     *
     * @param line 1-based line number
     * @return the line, empty when out of range
     */
    public String line(int line) {
        return line >= 1 && line <= lineCount ? body.substring(starts[line - 1], ends[line - 1]) : "";
    }

    /**
     * The text a position covers, with {@code \n} between lines; empty for a point position or one
     * outside the text.
     *
     * @param position start and end (exclusive), columns in code points
     * @return the covered text
     */
    public String slice(Position position) {
        if (position.line() < 1 || position.line() > lineCount || position.endLine() < position.line()) {
            return "";
        }
        int endLine = Math.min(position.endLine(), lineCount);
        StringBuilder out = new StringBuilder();
        for (int n = position.line(); n <= endLine; n++) {
            String text = line(n);
            int from = n == position.line() ? offset(text, position.column()) : 0;
            int to = n == position.endLine() ? offset(text, position.endColumn()) : text.length();
            if (n > position.line()) {
                out.append('\n');
            }
            if (to > from) {
                out.append(text, from, to);
            }
        }
        return out.toString();
    }

    /**
     * The {@code char} index in the whole text (without a byte-order mark) of a 1-based line and code-point column,
     * clamped to the text; a column past the end of a line is the index of its line break.
     *
     * @param line 1-based line
     * @param column 1-based column in code points
     * @return the index
     */
    public int index(int line, int column) {
        if (line < 1) {
            return 0;
        }
        if (line > lineCount) {
            return body.length();
        }
        int start = starts[line - 1];
        int end = ends[line - 1];
        int available = body.codePointCount(start, end);
        int codePoints = Math.max(0, column - 1);
        return codePoints >= available ? end + (codePoints - available) : body.offsetByCodePoints(start, codePoints);
    }

    /**
     * The 1-based line and code-point column of a {@code char} index in the whole text, the inverse of
     * {@link #index(int, int)}.
     *
     * @param index the index
     * @return the line and column, as a point position
     */
    public Position position(int index) {
        int low = 0;
        int high = lineCount - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (starts[middle] <= index) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        int start = starts[low];
        int clamped = Math.max(start, Math.min(index, body.length()));
        int inLine = Math.min(clamped, ends[low]);
        return Position.at(low + 1, body.codePointCount(start, inLine) + 1 + (clamped - inLine));
    }

    /**
     * The {@code char} index of a 1-based code-point column in a line, clamped to the line.
     *
     * @param line the line's text
     * @param column 1-based column in code points
     * @return the index
     */
    public static int offset(String line, int column) {
        int codePoints = Math.max(0, column - 1);
        int available = line.codePointCount(0, line.length());
        return codePoints >= available ? line.length() : line.offsetByCodePoints(0, codePoints);
    }

    /**
     * The 1-based code-point column of a {@code char} index in a line.
     *
     * @param line the line's text
     * @param index the index
     * @return the column
     */
    public static int column(String line, int index) {
        return line.codePointCount(0, Math.min(index, line.length())) + 1;
    }
}
