package dev.gitpodconfig.load;

/**
 * Where a YAML node sits in its file: 1-based start line and column, and the 1-based line and column
 * just after its last character (the end, as SARIF regions expect it).
 *
 * @param line first line, 1-based
 * @param column first column, 1-based
 * @param endLine line of the end, 1-based
 * @param endColumn column just after the last character, 1-based
 */
public record Position(int line, int column, int endLine, int endColumn) {

    /** The start of a file, for problems that have no better location. */
    public static final Position START_OF_FILE = new Position(1, 1, 1, 1);

    /**
     * A position that covers a single point.
     *
     * @param line 1-based line
     * @param column 1-based column
     * @return the position
     */
    public static Position at(int line, int column) {
        return new Position(line, column, line, column);
    }

    // Written out rather than generated: a record's own equals and hashCode are bootstrapped through method
    // handles on first use, dozens of classes spun in each clean build that reports a finding.

    @Override
    public boolean equals(Object other) {
        return other instanceof Position that
                && line == that.line
                && column == that.column
                && endLine == that.endLine
                && endColumn == that.endColumn;
    }

    @Override
    public int hashCode() {
        return ((line * 31 + column) * 31 + endLine) * 31 + endColumn;
    }
}
