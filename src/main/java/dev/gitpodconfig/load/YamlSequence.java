package dev.gitpodconfig.load;

import java.util.List;

/**
 * A YAML sequence.
 *
 * @param items the items, in order
 * @param flowStyle whether it was written inline ({@code [a, b]})
 * @param position where it is
 */
public record YamlSequence(List<YamlNode> items, boolean flowStyle, Position position) implements YamlNode {

    /**
     * Creates a sequence; the list is copied.
     *
     * @param items the items
     * @param flowStyle whether written inline
     * @param position where it is
     */
    public YamlSequence {
        items = List.copyOf(items);
    }

    @Override
    public String describeType() {
        return "a list";
    }
}
