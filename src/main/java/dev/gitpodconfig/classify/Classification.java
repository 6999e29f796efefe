package dev.gitpodconfig.classify;

import dev.gitpodconfig.model.DocumentKind;

/**
 * The kind of a document and why it was given that kind.
 *
 * @param kind the kind; {@link DocumentKind#OTHER} for a document that is skipped
 * @param reason a short reason, shown for skipped documents
 * @param unknownKind whether a document that is not checked names a {@code kind} that looks like one of Gitpod's
 *     (a misspelt {@code ConfigValues}, an {@code install.gitpod.io} kind other than {@code Installation}) or
 *     holds installer settings under a kind the installer does not know: a skip the build tool shows without
 *     debug output, since it may hide a config
 */
public record Classification(DocumentKind kind, String reason, boolean unknownKind) {

    /**
     * A classification that hides no config: a checked document, or one that is plainly not Gitpod's.
     *
     * @param kind the kind
     * @param reason a short reason
     */
    public Classification(DocumentKind kind, String reason) {
        this(kind, reason, false);
    }
}
