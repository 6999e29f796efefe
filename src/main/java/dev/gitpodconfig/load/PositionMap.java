package dev.gitpodconfig.load;

/**
 * Maps a position in the text that was parsed back to the file it came from, for a file whose text was rewritten
 * before parsing (Maven resource filtering): every node, problem and finding then points into the file the user
 * edits.
 */
public interface PositionMap {

    /**
     * Maps a position.
     *
     * @param parsed a position in the parsed text
     * @return the position in the source file; a position inside rewritten text maps to the text it replaced
     */
    Position toSource(Position parsed);
}
