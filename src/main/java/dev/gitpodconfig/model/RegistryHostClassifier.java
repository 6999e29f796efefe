package dev.gitpodconfig.model;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which registry service a host belongs to. Patterns follow the services' documented host names
 *: every ECR form (commercial, China, GovCloud, FIPS, dual-stack, Public), GCR's four
 * hosts, Artifact Registry's {@code <location>-docker.pkg.dev}, and GitLab by name, by a configured
 * host list, or by GitLab's conventions (a {@code gitlab} DNS label, port 5050).
 *
 * <p>Immutable and thread-safe; patterns are compiled once per class.
 */
public final class RegistryHostClassifier {

    private static final Pattern ECR_PRIVATE =
            Pattern.compile("^(\\d{12}\\.)?dkr\\.ecr(-fips)?\\.([a-z]{2}(?:-[a-z]+)+-\\d+)\\.amazonaws\\.com(\\.cn)?$");
    private static final Pattern ECR_DUAL_STACK =
            Pattern.compile("^(\\d{12}\\.)?dkr-ecr(-fips)?\\.([a-z]{2}(?:-[a-z]+)+-\\d+)\\.on\\.aws$");
    private static final Set<String> GCR_HOSTS = Set.of("gcr.io", "us.gcr.io", "eu.gcr.io", "asia.gcr.io");
    private static final Pattern GAR = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*-docker\\.pkg\\.dev$");
    private static final Pattern ACR = Pattern.compile("^[a-z0-9]+\\.azurecr\\.(io|cn|us)$");
    private static final Pattern GITLAB_WORD = Pattern.compile("(^|[.-])gitlab([.-]|$)");
    private static final Set<String> DOCKER_HUB = Set.of("docker.io", "index.docker.io", "registry-1.docker.io");
    private static final int GITLAB_DEFAULT_REGISTRY_PORT = 5050;

    private final Set<String> gitlabHosts;

    /**
     * Creates a classifier.
     *
     * @param gitlabRegistryHosts extra hosts ({@code host} or {@code host:port}) to treat as GitLab
     */
    public RegistryHostClassifier(Collection<String> gitlabRegistryHosts) {
        Set<String> hosts = new HashSet<>();
        for (String host : gitlabRegistryHosts) {
            String normalized = host.trim().toLowerCase(Locale.ROOT);
            if (!normalized.isEmpty()) {
                hosts.add(normalized);
            }
        }
        this.gitlabHosts = Set.copyOf(hosts);
    }

    /**
     * Classifies a reference by its host.
     *
     * @param reference the parsed URL or server
     * @return the vendor
     */
    public RegistryVendor classify(RegistryReference reference) {
        String host = reference.host();
        // Each pattern runs only on hosts with the suffix it requires: several rules classify every host of every file.
        if ((host.contains(".amazonaws.com") && ECR_PRIVATE.matcher(host).matches())
                || (host.endsWith(".on.aws") && ECR_DUAL_STACK.matcher(host).matches())) {
            return RegistryVendor.AMAZON_ECR;
        }
        if (host.equals("public.ecr.aws")) {
            return RegistryVendor.AMAZON_ECR_PUBLIC;
        }
        if (isGitlab(reference)) {
            return RegistryVendor.GITLAB;
        }
        if (GCR_HOSTS.contains(host)) {
            return RegistryVendor.GOOGLE_CONTAINER_REGISTRY;
        }
        if (host.endsWith("-docker.pkg.dev") && GAR.matcher(host).matches()) {
            return RegistryVendor.GOOGLE_ARTIFACT_REGISTRY;
        }
        if (host.contains(".azurecr.") && ACR.matcher(host).matches()) {
            return RegistryVendor.AZURE_CONTAINER_REGISTRY;
        }
        if (DOCKER_HUB.contains(host)) {
            return RegistryVendor.DOCKER_HUB;
        }
        return RegistryVendor.OTHER;
    }

    /**
     * The Region a private Amazon ECR host names ({@code <account>.dkr.ecr.<region>.amazonaws.com}, also
     * FIPS, China and dual-stack forms).
     *
     * @param reference the parsed URL or server
     * @return the Region, empty for other hosts and for ECR Public, which names none
     */
    public static Optional<String> ecrRegion(RegistryReference reference) {
        String host = reference.host();
        for (Pattern pattern : new Pattern[] {ECR_PRIVATE, ECR_DUAL_STACK}) {
            Matcher matcher = pattern.matcher(host);
            if (matcher.matches()) {
                return Optional.of(matcher.group(3));
            }
        }
        return Optional.empty();
    }

    /**
     * Why a host counts as GitLab's, for the message.
     *
     * @param reference a reference that {@link #classify} found to be GitLab's
     * @return a short explanation
     */
    public String gitlabReason(RegistryReference reference) {
        if (reference.host().equals("registry.gitlab.com")) {
            return "registry.gitlab.com is GitLab.com's registry";
        }
        if (gitlabHosts.contains(reference.host()) || gitlabHosts.contains(reference.hostAndPort())) {
            return reference.hostAndPort() + " is listed in the plugin's gitlabRegistryHosts parameter";
        }
        if (reference.port().orElse(-1) == GITLAB_DEFAULT_REGISTRY_PORT) {
            return "port 5050 is the port of GitLab's built-in container registry";
        }
        return "the host name has a 'gitlab' label, as GitLab's registry hosts do";
    }

    private boolean isGitlab(RegistryReference reference) {
        String host = reference.host();
        return host.equals("registry.gitlab.com")
                || gitlabHosts.contains(host)
                || gitlabHosts.contains(reference.hostAndPort())
                || reference.port().orElse(-1) == GITLAB_DEFAULT_REGISTRY_PORT
                || (host.contains("gitlab") && GITLAB_WORD.matcher(host).find());
    }
}
