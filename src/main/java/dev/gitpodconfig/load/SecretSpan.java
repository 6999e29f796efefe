package dev.gitpodconfig.load;

import java.util.List;

/**
 * What the loader read at a secret position of a document that then failed to load: where it is written
 * and the texts it stands for (the value, an anchor, alias or tag name), so that they are masked
 * although no node tree holds them.
 *
 * @param position the source text of the node's event, from its first property to its end
 * @param whole true when everything there is secret; false for a URL of which only the userinfo is
 * @param texts the value and the names written there, as parsed
 */
public record SecretSpan(Position position, boolean whole, List<String> texts) {

    /**
     * Creates a span; the list is copied.
     *
     * @param position where
     * @param whole whether all of it is secret
     * @param texts the texts
     */
    public SecretSpan {
        texts = List.copyOf(texts);
    }
}
