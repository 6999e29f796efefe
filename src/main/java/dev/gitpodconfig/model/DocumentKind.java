package dev.gitpodconfig.model;

/** What a YAML document is, decided by its content alone, never by its file name. */
public enum DocumentKind {
    /** The installer's {@code gitpod.config.yaml} (apiVersion v1, possibly partial). */
    INSTALLER_CONFIG("installer config"),
    /** An installer config embedded in an {@code Installation} custom resource at {@code spec.config}. */
    INSTALLATION_CR("Installation resource"),
    /** KOTS {@code ConfigValues}, as saved by {@code kubectl kots get config}. */
    KOTS_CONFIG_VALUES("KOTS ConfigValues"),
    /** A Kubernetes Secret of type {@code kubernetes.io/dockerconfigjson}. */
    REGISTRY_SECRET("registry credentials Secret"),
    /** A Docker {@code config.json} with an {@code auths} object. */
    DOCKER_CONFIG_JSON("Docker config.json"),
    /** Anything else; skipped. */
    OTHER("not Gitpod configuration");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    /**
     * A short human-readable name.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Whether documents of this kind are checked.
     *
     * @return true unless {@link #OTHER}
     */
    public boolean isChecked() {
        return this != OTHER;
    }
}
