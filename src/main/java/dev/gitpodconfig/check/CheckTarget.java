package dev.gitpodconfig.check;

import dev.gitpodconfig.classify.DocumentKind;
import dev.gitpodconfig.load.LoadedDocument;
import dev.gitpodconfig.load.LoadedFile;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.RegistryHostClassifier;
import java.util.Optional;

/**
 * What a rule looks at: one document of a Gitpod configuration file with its typed view, or a whole
 * file that could not be loaded (then {@link #document()} is empty and the file's problems say why).
 *
 * @param file the loaded file
 * @param document the document, empty for the file-level target
 * @param kind the document's kind
 * @param config the typed view, for installer configs, Installation resources and KOTS ConfigValues
 * @param registryHosts the registry host classifier, configured with the user's GitLab hosts
 */
public record CheckTarget(
        LoadedFile file,
        Optional<LoadedDocument> document,
        DocumentKind kind,
        Optional<GitpodConfig> config,
        RegistryHostClassifier registryHosts) {}
