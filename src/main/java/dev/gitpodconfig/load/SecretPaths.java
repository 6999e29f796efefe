package dev.gitpodconfig.load;

import java.util.List;

/**
 * Says which YAML paths hold secrets, so that the loader can note what it read there before a document
 * fails to load: such a document has no node tree from which its secrets could be collected later.
 * The loader has no notion of document kinds; an implementation answers for every kind at once.
 */
public interface SecretPaths {

    /**
     * Whether the node at a path is, or is inside, a secret.
     *
     * @param path the keys ({@link String}) and list indices ({@link Integer}) from the document's root
     *     to the node, never empty
     * @return true when everything written at the path is secret
     */
    boolean isSecret(List<Object> path);
}
