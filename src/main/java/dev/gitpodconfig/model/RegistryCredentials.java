package dev.gitpodconfig.model;

import java.util.List;
import java.util.Optional;

/**
 * The registry credentials of one document, as far as the checks need them: the servers they are
 * stored under (the {@code auths} keys) and where to report. A Docker config's {@code "auth"},
 * {@code "username"}, {@code "password"} and token values are never kept here, so nothing built from
 * this view can print them.
 *
 * @param source what kind of document holds the credentials
 * @param file the file, relative to the project base directory
 * @param document the 0-based index of the document in its file
 * @param secretName a Secret's {@code metadata.name}, empty for a Docker config (or a Secret without a name)
 * @param location where findings about the credentials as a whole are reported: a Secret's
 *     {@code .dockerconfigjson} key (or, when it is missing, the key it belongs under), a Docker
 *     config's {@code auths} key
 * @param auths the {@code auths} keys in document order, empty unless {@code status} is {@link Status#READ}
 * @param status whether the credentials could be read
 * @param problem why they could not be read, for {@link Status#INVALID}; never quotes the content
 */
public record RegistryCredentials(
        Source source,
        String file,
        int document,
        Optional<String> secretName,
        ConfigValue location,
        List<AuthsKey> auths,
        Status status,
        Optional<String> problem) {

    /** The kinds of document that hold registry credentials. */
    public enum Source {
        /** A Kubernetes Secret of type {@code kubernetes.io/dockerconfigjson}. */
        SECRET,
        /** A Docker {@code config.json}. */
        DOCKER_CONFIG
    }

    /** Whether the credentials could be read. */
    public enum Status {
        /** The {@code auths} keys were read. */
        READ,
        /** The content is a template placeholder ({@code ${X}}, {@code {{ … }}}) and cannot be checked. */
        PLACEHOLDER,
        /** The content is broken: missing, not base64, not JSON, or without an {@code auths} object. */
        INVALID
    }

    /**
     * One {@code auths} key: the server the credentials are stored under.
     *
     * @param server the key as written (a host, {@code host:port}, or a URL)
     * @param at where to report it: the key itself in a Docker config, the {@code .dockerconfigjson}
     *     key of a Secret (whose JSON is one encoded value)
     */
    public record AuthsKey(String server, ConfigValue at) {}

    /**
     * Creates the view; the list is copied.
     *
     * @param source kind of document
     * @param file file
     * @param document document index
     * @param secretName Secret name
     * @param location where to report
     * @param auths the auths keys
     * @param status read status
     * @param problem the problem of invalid credentials
     */
    public RegistryCredentials {
        auths = List.copyOf(auths);
    }

    /**
     * A phrase naming the credentials for messages, e.g. {@code the Secret `container-registry`}.
     *
     * @return the phrase
     */
    public String describe() {
        if (source == Source.DOCKER_CONFIG) {
            return "the Docker config " + file;
        }
        return secretName.map(name -> "the Secret `" + name + "`").orElse("the unnamed Secret in " + file);
    }
}
