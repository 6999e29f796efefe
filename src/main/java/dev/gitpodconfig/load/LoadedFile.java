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
 */
public record LoadedFile(
        String relativePath, String text, List<LoadedDocument> documents, List<YamlProblem> problems, boolean marked) {

    /**
     * Creates a loaded file; the lists are copied.
     *
     * @param relativePath path as reported
     * @param text decoded text
     * @param documents loaded documents
     * @param problems fatal problems
     * @param marked whether the file has the loader's marker
     */
    public LoadedFile {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }
}
