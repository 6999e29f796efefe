package dev.gitpodconfig.load;

import java.util.List;

/**
 * A file after loading: its documents, and the problems that stopped loading (syntax errors, bad
 * encoding, a limit exceeded). Documents before a syntax error are kept, so they are still checked.
 *
 * @param relativePath the path reported to users, relative to the project base directory, with '/'
 * @param text the decoded text, empty when the file could not be decoded
 * @param documents the documents that loaded
 * @param problems problems that stopped loading, empty when the whole file loaded
 * @param marked whether the loader's {@link FileMarker} found its marker in the file: a file that fails to load
 *     is reported only then, else skipped
 * @param brokenDocumentSecrets what the document that stopped loading holds at secret positions (see
 *     {@link SecretPaths}); empty when the whole file loaded or the loader was given no secret paths
 */
public record LoadedFile(
        String relativePath,
        String text,
        List<LoadedDocument> documents,
        List<YamlProblem> problems,
        boolean marked,
        List<SecretSpan> brokenDocumentSecrets) {

    /**
     * Creates a loaded file; the lists are copied.
     *
     * @param relativePath path as reported
     * @param text decoded text
     * @param documents loaded documents
     * @param problems fatal problems
     * @param marked whether the file has the loader's marker
     * @param brokenDocumentSecrets the secrets of the document that stopped loading
     */
    public LoadedFile {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        brokenDocumentSecrets = List.copyOf(brokenDocumentSecrets);
    }

    /**
     * Creates a loaded file without secrets of a broken document.
     *
     * @param relativePath path as reported
     * @param text decoded text
     * @param documents loaded documents
     * @param problems fatal problems
     * @param marked whether the file has the loader's marker
     */
    public LoadedFile(
            String relativePath,
            String text,
            List<LoadedDocument> documents,
            List<YamlProblem> problems,
            boolean marked) {
        this(relativePath, text, documents, problems, marked, List.of());
    }
}
