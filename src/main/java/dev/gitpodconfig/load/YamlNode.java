package dev.gitpodconfig.load;

/**
 * A node of a loaded YAML document that remembers where it came from. This is the position-keeping
 * tree the typed configuration views are built on; it carries no SnakeYAML types, so nothing above the
 * loader depends on the parser.
 */
public sealed interface YamlNode permits YamlMapping, YamlSequence, YamlScalar {

    /**
     * Where the node starts and ends in its file.
     *
     * @return the node's position
     */
    Position position();

    /**
     * A short word for the node's type, used in messages ("a mapping", "a list", "a string").
     *
     * @return the description
     */
    String describeType();
}
