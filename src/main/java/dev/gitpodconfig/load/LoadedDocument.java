package dev.gitpodconfig.load;

import java.util.List;
import java.util.Optional;

/**
 * One YAML document of a file.
 *
 * @param index 0-based index of the document in its file
 * @param root the root node, empty for an empty document
 * @param problems duplicate keys and forbidden tags found in this document
 */
public record LoadedDocument(int index, Optional<YamlNode> root, List<YamlProblem> problems) {

    /**
     * Creates a document; the problem list is copied.
     *
     * @param index 0-based index
     * @param root root node
     * @param problems problems found
     */
    public LoadedDocument {
        problems = List.copyOf(problems);
    }
}
