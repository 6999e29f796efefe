package dev.gitpodconfig.filter;

import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.load.PositionMap;
import dev.gitpodconfig.load.SourceText;
import java.util.List;

/**
 * A text after Maven resource filtering, with what was replaced and a map from positions in it back to the source:
 * a position inside a replaced value maps to the expression that produced it.
 */
public final class FilteredText implements PositionMap {

    private final String text;
    private final List<Edit> edits;
    private final List<Substitution> substitutions;
    /** The source and filtered text split into lines; null when nothing was replaced. */
    private final SourceText sourceLines;

    private final SourceText parsedLines;

    /**
     * One replaced range: {@code [sourceStart, sourceEnd)} of the source became {@code [parsedStart, parsedEnd)}.
     *
     * @param sourceStart start in the source, in chars
     * @param sourceEnd end in the source, exclusive
     * @param parsedStart start in the filtered text
     * @param parsedEnd end in the filtered text, exclusive
     */
    public record Edit(int sourceStart, int sourceEnd, int parsedStart, int parsedEnd) {}

    FilteredText(String source, String text, List<Edit> edits, List<Substitution> substitutions) {
        this.text = text;
        this.edits = List.copyOf(edits);
        this.substitutions = List.copyOf(substitutions);
        this.sourceLines = edits.isEmpty() ? null : new SourceText(source);
        this.parsedLines = edits.isEmpty() ? null : new SourceText(text);
    }

    /**
     * The text as Maven writes it.
     *
     * @return the filtered text
     */
    public String text() {
        return text;
    }

    /**
     * The replaced ranges, in order.
     *
     * @return the edits
     */
    public List<Edit> edits() {
        return edits;
    }

    /**
     * The expressions that got a value, in order.
     *
     * @return the substitutions
     */
    public List<Substitution> substitutions() {
        return substitutions;
    }

    /**
     * Whether filtering changed anything.
     *
     * @return true when the text differs from the source
     */
    public boolean changed() {
        return !edits.isEmpty();
    }

    @Override
    public Position toSource(Position parsed) {
        if (edits.isEmpty()) {
            return parsed;
        }
        int start = toSource(parsedLines.index(parsed.line(), parsed.column()), false);
        int end = toSource(parsedLines.index(parsed.endLine(), parsed.endColumn()), true);
        return range(sourceLines, start, Math.max(start, end));
    }

    /** A range of a text as a position. */
    static Position range(SourceText text, int start, int end) {
        Position from = text.position(start);
        Position to = text.position(end);
        return new Position(from.line(), from.column(), to.line(), to.column());
    }

    /**
     * Maps an index: outside the edits by the shift before it; inside one to its start (or, for an end, which is
     * exclusive, to its end).
     */
    private int toSource(int parsed, boolean isEnd) {
        int low = 0;
        int high = edits.size() - 1;
        int before = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (edits.get(middle).parsedStart() < parsed
                    || (!isEnd && edits.get(middle).parsedStart() == parsed)) {
                before = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        if (before < 0) {
            return parsed;
        }
        Edit edit = edits.get(before);
        if (parsed < edit.parsedEnd() || (isEnd && parsed == edit.parsedEnd())) {
            return isEnd ? edit.sourceEnd() : edit.sourceStart();
        }
        return edit.sourceEnd() + (parsed - edit.parsedEnd());
    }
}
