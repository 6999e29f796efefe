package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.ContainerRegistry;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.Placeholders;
import dev.gitpodconfig.model.RegistryCredentials;
import dev.gitpodconfig.model.RegistryReference;
import dev.gitpodconfig.model.RegistryVendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code registry-credentials-host}: the dockerconfigjson Secret an installer config names for its
 * external registry is among the checked files, but none of its {@code auths} keys is the host of
 * {@code containerRegistry.external.url}, compared as Docker compares them. Google's registries are left
 * to {@code registry-gcr-server} and {@code registry-gar-server}, which already check their keys.
 */
public final class RegistryCredentialsHostRule extends ConfigRule {

    /** The names Docker stores Docker Hub's credentials under: all of them mean the same registry. */
    private static final Set<String> DOCKER_HUB = Set.of("index.docker.io", "docker.io", "registry-1.docker.io");

    private static final RuleInfo INFO = RuleInfo.builder("registry-credentials-host")
            .severity(Severity.ERROR)
            .title("registry credentials without an entry for the registry's host")
            .summary("""
                The dockerconfigjson Secret named by `containerRegistry.external.certificate.name` has no `auths` entry
                for the host of `containerRegistry.external.url`.
                """)
            .description("""
                For an installer config whose external registry is in use, when the Secret that
                `containerRegistry.external.certificate.name` names is among the checked files and its
                `.dockerconfigjson` can be read: the host of `external.url` must be one of the `auths` keys. Keys are
                compared as Docker compares them: a leading `https://` or `http://` and anything after the host (a
                trailing `/`, `/v1/`) do not count, the port does, and Docker Hub's names
                (`https://index.docker.io/v1/`, `index.docker.io`, `docker.io`, `registry-1.docker.io`) are one
                registry. A template key
                (`${REGISTRY}`) is taken to match.

                The finding is at `external.certificate.name`; the message names the Secret's file and line and the
                hosts it has credentials for. Google Container Registry and Artifact Registry URLs are left to
                `registry-gcr-server` and `registry-gar-server`, a Secret that cannot be read to
                `registry-credentials-invalid`. KOTS makes the Secret from `reg_server` or `reg_url` itself.
                """)
            .rationale("""
                Gitpod pushes workspace images to the registry with the credentials stored under its host; with none
                for that host (a typo such as `registry.exmaple.com`, or the credentials of another registry) the
                pushes are refused as unauthorized, and workspaces do not start.
                """)
            .fix("Store the credentials under the registry's host: kubectl create secret docker-registry <name> "
                    + "--docker-server=<host of external.url> --docker-username=<user> --docker-password=<password> "
                    + "--dry-run=client -o yaml, or correct the host in external.url.")
            .source(
                    "Kubernetes documentation, Secrets: Docker config Secrets",
                    "https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets")
            .gitpodDocs("Container registry", "container-registry")
            .build();

    /** Creates the rule. */
    public RegistryCredentialsHostRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        Optional<ExternalRegistryHosts.Host> url = ExternalRegistryHosts.url(target);
        Optional<ContainerRegistry.ExternalRegistry> external =
                config.registry().external();
        if (config.format() != GitpodConfig.Format.INSTALLER
                || url.isEmpty()
                || external.isEmpty()
                || external.get().credentialsSecret().isEmpty()) {
            return;
        }
        RegistryVendor vendor = target.registryHosts().classify(url.get().reference());
        ConfigValue reference = external.get().credentialsSecret().get();
        Optional<String> name = reference.checkableText();
        if (vendor == RegistryVendor.GOOGLE_CONTAINER_REGISTRY
                || vendor == RegistryVendor.GOOGLE_ARTIFACT_REGISTRY
                || name.isEmpty()) {
            return;
        }
        String host = dockerHost(url.get().reference().hostAndPort());
        RegistryCredentials lacking = null;
        String file = target.file().relativePath();
        for (RegistryCredentials credentials : target.credentials().forReference(file, name.get())) {
            if (credentials.status() != RegistryCredentials.Status.READ || hasHost(credentials, host)) {
                return; // a template, a broken Secret (another rule's), or one definition that has the host
            }
            if (lacking == null) {
                lacking = credentials;
            }
        }
        if (lacking != null) {
            report(reference, url.get(), lacking, findings);
        }
    }

    private static boolean hasHost(RegistryCredentials credentials, String host) {
        for (RegistryCredentials.AuthsKey key : credentials.auths()) {
            if (Placeholders.containsPlaceholder(key.server())
                    || dockerHost(key.server()).equals(host)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The registry an {@code auths} key or a URL names, as Docker's {@code ConvertToHostname} reduces it:
     * without {@code http(s)://} and without anything from the first {@code /} on, Docker Hub's names as one.
     */
    static String dockerHost(String key) {
        String host = key.strip();
        for (String scheme : new String[] {"https://", "http://"}) {
            if (host.regionMatches(true, 0, scheme, 0, scheme.length())) {
                host = host.substring(scheme.length());
                break;
            }
        }
        int slash = host.indexOf('/');
        host = (slash < 0 ? host : host.substring(0, slash)).toLowerCase(Locale.ROOT);
        return DOCKER_HUB.contains(host) ? "docker.io" : host;
    }

    private static void report(
            ConfigValue reference,
            ExternalRegistryHosts.Host url,
            RegistryCredentials credentials,
            FindingSink findings) {
        List<String> hosts = new ArrayList<>();
        for (RegistryCredentials.AuthsKey key : credentials.auths()) {
            // An auths key may carry userinfo, a credential: it is shown without it.
            String shown = "`" + RegistryReference.parse(key.server()).hostAndPort() + "`";
            if (!hosts.contains(shown)) {
                hosts.add(shown);
            }
        }
        String host = url.reference().hostAndPort();
        findings.at(reference)
                .message(Wording.nameOf(reference) + " names " + credentials.describe() + " (" + credentials.file()
                        + ", line " + credentials.location().position().line() + "), which has no auths entry for `"
                        + host + "`, the host of " + Wording.nameOf(url.value())
                        + " `" + url.reference().display() + "`; "
                        + (hosts.isEmpty()
                                ? "its auths object is empty"
                                : "it has credentials for " + Wording.join(hosts))
                        + ". Gitpod's image pushes to `" + host + "` get no credentials and are refused.")
                .fix("Store the credentials under `" + host + "` (kubectl create secret docker-registry "
                        + credentials.secretName().orElse("<name>") + " --docker-server=" + host
                        + " …), or correct the host in " + Wording.nameOf(url.value()) + ".")
                .report();
    }
}
