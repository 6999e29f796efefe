package dev.gitpodconfig.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        Map<String, List<RegistryCredentials>> byName = new HashMap<>();
        Map<String, List<RegistryCredentials>> inFile = new HashMap<>();
        List<RegistryCredentials> docker = new ArrayList<>();
        for (RegistryCredentials c : all) {
            if (c.source() == RegistryCredentials.Source.SECRET
                    && c.secretName().isPresent()) {
                add(byName, c.secretName().get(), c);
            }
            if (c.source() == RegistryCredentials.Source.DOCKER_CONFIG) {
                docker.add(c);
            }
            add(inFile, c.file(), c);
        }
        this.secretsByName = frozen(byName);
        this.dockerConfigs = List.copyOf(docker);
        this.byFile = frozen(inFile);
    }

    private static void add(
            Map<String, List<RegistryCredentials>> groups, String key, RegistryCredentials credentials) {
        List<RegistryCredentials> group = groups.get(key);
        if (group == null) {
            group = new ArrayList<>();
            groups.put(key, group);
        }
        group.add(credentials);
    }

    private static Map<String, List<RegistryCredentials>> frozen(Map<String, List<RegistryCredentials>> groups) {
        for (Map.Entry<String, List<RegistryCredentials>> group : groups.entrySet()) {
            group.setValue(List.copyOf(group.getValue()));
        }
        return Map.copyOf(groups);
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
        List<RegistryCredentials> sameFile = new ArrayList<>();
        for (RegistryCredentials c : named) {
            if (c.file().equals(file)) {
                sameFile.add(c);
            }
        }
        return sameFile.isEmpty() ? named : List.copyOf(sameFile);
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
        List<RegistryCredentials> found = new ArrayList<>();
        for (RegistryCredentials c : byFile.getOrDefault(file, List.of())) {
            if (c.document() == document) {
                found.add(c);
            }
        }
        return List.copyOf(found);
    }
}
