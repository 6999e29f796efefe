package dev.gitpodconfig.model;

/** The registry services whose rules differ. */
public enum RegistryVendor {
    /** Amazon ECR, private (any partition, FIPS, dual-stack). */
    AMAZON_ECR("Amazon ECR"),
    /** Amazon ECR Public ({@code public.ecr.aws}). */
    AMAZON_ECR_PUBLIC("Amazon ECR Public"),
    /** GitLab's container registry (gitlab.com or self-managed). */
    GITLAB("GitLab container registry"),
    /** Google Container Registry ({@code gcr.io} and its regional hosts). */
    GOOGLE_CONTAINER_REGISTRY("Google Container Registry"),
    /** Google Artifact Registry ({@code <location>-docker.pkg.dev}). */
    GOOGLE_ARTIFACT_REGISTRY("Google Artifact Registry"),
    /** Azure Container Registry ({@code <name>.azurecr.io}). */
    AZURE_CONTAINER_REGISTRY("Azure Container Registry"),
    /** Docker Hub. */
    DOCKER_HUB("Docker Hub"),
    /** Anything else: a generic registry implementing the Docker Registry HTTP API V2. */
    OTHER("registry");

    private final String displayName;

    RegistryVendor(String displayName) {
        this.displayName = displayName;
    }

    /**
     * The service's name for messages.
     *
     * @return the name
     */
    public String displayName() {
        return displayName;
    }
}
