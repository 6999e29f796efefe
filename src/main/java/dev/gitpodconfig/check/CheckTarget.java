package dev.gitpodconfig.check;

import dev.gitpodconfig.load.LoadedDocument;
import dev.gitpodconfig.load.LoadedFile;
import dev.gitpodconfig.model.ClusterObjects;
import dev.gitpodconfig.model.DocumentKind;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.RegistryCredentialsIndex;
import dev.gitpodconfig.model.RegistryHostClassifier;
import java.time.Clock;
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
 * @param credentials the registry credentials of all checked files (Secrets an installer config names
 *     may be in other files)
 * @param objects the Secrets, SealedSecrets, ExternalSecrets and cert-manager Certificates of all checked
 *     files, which an installer config's Secret references resolve to
 * @param clock the build's clock: rules about dates (a certificate's expiry) judge them on its day
 */
public record CheckTarget(
        LoadedFile file,
        Optional<LoadedDocument> document,
        DocumentKind kind,
        Optional<GitpodConfig> config,
        RegistryHostClassifier registryHosts,
        RegistryCredentialsIndex credentials,
        ClusterObjects objects,
        Clock clock) {

    /**
     * A target judged on the system clock.
     *
     * @param file the loaded file
     * @param document the document, empty for the file-level target
     * @param kind the document's kind
     * @param config the typed view
     * @param registryHosts the registry host classifier
     * @param credentials the registry credentials of all checked files
     * @param objects the Kubernetes objects of all checked files
     */
    public CheckTarget(
            LoadedFile file,
            Optional<LoadedDocument> document,
            DocumentKind kind,
            Optional<GitpodConfig> config,
            RegistryHostClassifier registryHosts,
            RegistryCredentialsIndex credentials,
            ClusterObjects objects) {
        this(file, document, kind, config, registryHosts, credentials, objects, Clock.systemUTC());
    }

    /**
     * A target that sees no Kubernetes objects besides registry credentials.
     *
     * @param file the loaded file
     * @param document the document, empty for the file-level target
     * @param kind the document's kind
     * @param config the typed view
     * @param registryHosts the registry host classifier
     * @param credentials the registry credentials of all checked files
     */
    public CheckTarget(
            LoadedFile file,
            Optional<LoadedDocument> document,
            DocumentKind kind,
            Optional<GitpodConfig> config,
            RegistryHostClassifier registryHosts,
            RegistryCredentialsIndex credentials) {
        this(file, document, kind, config, registryHosts, credentials, ClusterObjects.EMPTY, Clock.systemUTC());
    }

    /**
     * A target that sees no registry credentials.
     *
     * @param file the loaded file
     * @param document the document, empty for the file-level target
     * @param kind the document's kind
     * @param config the typed view
     * @param registryHosts the registry host classifier
     */
    public CheckTarget(
            LoadedFile file,
            Optional<LoadedDocument> document,
            DocumentKind kind,
            Optional<GitpodConfig> config,
            RegistryHostClassifier registryHosts) {
        this(
                file,
                document,
                kind,
                config,
                registryHosts,
                RegistryCredentialsIndex.EMPTY,
                ClusterObjects.EMPTY,
                Clock.systemUTC());
    }
}
