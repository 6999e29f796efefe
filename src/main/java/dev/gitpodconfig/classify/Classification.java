package dev.gitpodconfig.classify;

import dev.gitpodconfig.model.DocumentKind;

/**
 * The kind of a document and why it was given that kind (shown at DEBUG for skipped documents).
 *
 * @param kind the kind; {@link DocumentKind#OTHER} for a document that is skipped
 * @param reason a short reason
 */
public record Classification(DocumentKind kind, String reason) {}
