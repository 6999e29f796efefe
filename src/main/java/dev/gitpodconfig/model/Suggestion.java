package dev.gitpodconfig.model;

import java.util.Objects;

/**
 * What to suggest for an unknown name, as {@link Suggestions#suggest} finds it: rules turn it into
 * their message, fix and replacement.
 *
 * @param kind how sure the suggestion is
 * @param key the suggested known name; empty for {@link Kind#NONE}
 */
public record Suggestion(Kind kind, String key) {

    /** Nothing to suggest: there are no known names, or none is close enough to help. */
    public static final Suggestion NONE = new Suggestion(Kind.NONE, "");

    /** How sure a suggestion is. */
    public enum Kind {
        /** The name is plausibly a typo of the key: worth a "did you mean" and a replacement. */
        DID_YOU_MEAN,
        /** The key is the nearest known name, but too far off to guess that it was meant. */
        NEAREST,
        /** There are no known names, or none is close enough to help. */
        NONE
    }

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if a key is missing, or given for {@link Kind#NONE}
     */
    public Suggestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if ((kind == Kind.NONE) != key.isEmpty()) {
            throw new IllegalArgumentException("A suggestion has a key unless it is NONE: " + kind + " '" + key + "'");
        }
    }

    /**
     * A "did you mean" suggestion.
     *
     * @param key the known name meant
     * @return the suggestion
     */
    public static Suggestion didYouMean(String key) {
        return new Suggestion(Kind.DID_YOU_MEAN, key);
    }
}
