package dev.gitpodconfig.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The registry credentials of every checked file: Secrets of type {@code kubernetes.io/dockerconfigjson}
 * by {@code metadata.name}, and Docker {@code config.json} files. Installer configs name their
 * credentials Secret ({@code containerRegistry.external.certificate.name}) but hold no server, so the
 * GCR and GAR server rules look the Secret up here, wherever in the project it is. Immutable and
 * thread-safe.
 */
public final class RegistryCredentialsIndex {

    /** An index without credentials. */
    public static final RegistryCredentialsIndex EMPTY = new RegistryCredentialsIndex(List.of());

    private final List<RegistryCredentials> all;
    private final Map<String, List<RegistryCredentials>> secretsByName;
    private final List<RegistryCredentials> dockerConfigs;
    private final Map<String, List<RegistryCredentials>> byFile;

    private RegistryCredentialsIndex(Collection<RegistryCredentials> credentials) {
        this.all = List.copyOf(credentials);
        Map<String, List<RegistryCredentials>> byName = all.stream()
                .filter(c -> c.source() == RegistryCredentials.Source.SECRET && c.secretName().isPresent())
                .collect(Collectors.groupingBy(c -> c.secretName().get(), LinkedHashMap::new, Collectors.toUnmodifiableList()));
        this.secretsByName = Map.copyOf(byName);
        this.dockerConfigs = all.stream().filter(c -> c.source() == RegistryCredentials.Source.DOCKER_CONFIG).toList();
        this.byFile = Map.copyOf(all.stream().collect(Collectors.groupingBy(RegistryCredentials::file, Collectors.toUnmodifiableList())));
    }

    /**
     * Builds an index.
     *
     * @param credentials the credentials of all checked files
     * @return the index
     */
    public static RegistryCredentialsIndex of(Collection<RegistryCredentials> credentials) {
        return credentials.isEmpty() ? EMPTY : new RegistryCredentialsIndex(credentials);
    }

    /**
     * All credentials, in the order the files were checked.
     *
     * @return the credentials
     */
    public List<RegistryCredentials> all() {
        return all;
    }

    /**
     * The Secrets an installer config's reference resolves to. A Secret of that name in the config's
     * own file wins (a multi-document file is the strongest link); otherwise every Secret of that name
     * in the checked files.
     *
     * @param file the referring config's file
     * @param secretName the referenced name
     * @return the Secrets, empty when none is among the checked files
     */
    public List<RegistryCredentials> forReference(String file, String secretName) {
        List<RegistryCredentials> named = secretsByName.getOrDefault(secretName, List.of());
        List<RegistryCredentials> sameFile = named.stream().filter(c -> c.file().equals(file)).toList();
        return sameFile.isEmpty() ? named : sameFile;
    }

    /**
     * The Docker {@code config.json} files among the checked files.
     *
     * @return the Docker configs
     */
    public List<RegistryCredentials> dockerConfigs() {
        return dockerConfigs;
    }

    /**
     * The credentials read from one document.
     *
     * @param file the file
     * @param document the document's index
     * @return the credentials, empty for other documents
     */
    public List<RegistryCredentials> inDocument(String file, int document) {
        return byFile.getOrDefault(file, List.of()).stream().filter(c -> c.document() == document).toList();
    }
}
