package dev.gitpodconfig.model;

import java.util.List;

/**
 * A Secret an installer config names, with the keys the installer's {@code validate cluster} requires
 * of it ({@code ClusterValidation} in {@code install/installer/pkg/config/v1/validation.go} at 2022.11.3).
 *
 * @param setting the setting that names the Secret, e.g. {@code objectStorage.s3.credentials} or
 *     {@code authProviders[0]}, as the config writes it (under {@code spec.config} in an Installation)
 * @param name the {@code name:} value, where findings about the reference are reported
 * @param requiredKeys the keys the Secret must have, in the installer's order; empty for
 *     {@code sshGatewayHostKey}, whose keys are free
 * @param decidesDependency whether the Secret decides how Gitpod reaches one of its resource dependencies
 *     (registry, storage, database) or serves its certificate: then a missing key breaks the installation
 *     rather than one feature
 */
public record SecretReference(String setting, ConfigValue name, List<String> requiredKeys, boolean decidesDependency) {

    /**
     * Creates the reference; the list is copied.
     *
     * @param setting the naming setting
     * @param name the name value
     * @param requiredKeys the required keys
     * @param decidesDependency whether the Secret decides a resource dependency or the certificate
     */
    public SecretReference {
        requiredKeys = List.copyOf(requiredKeys);
    }

    /**
     * The referenced name, when it is checkable (set, not blank, not a placeholder).
     *
     * @return the name
     */
    public java.util.Optional<String> secretName() {
        return name.checkableText();
    }
}
