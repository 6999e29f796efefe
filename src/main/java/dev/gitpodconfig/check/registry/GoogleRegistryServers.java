package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.ContainerRegistry;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.KotsConfigReader;
import dev.gitpodconfig.model.Placeholders;
import dev.gitpodconfig.model.RegistryCredentials;
import dev.gitpodconfig.model.RegistryReference;
import dev.gitpodconfig.model.RegistryVendor;
import java.util.List;
import java.util.Optional;

/**
 * The server check that {@code registry-gcr-server} and {@code registry-gar-server} share. Google's
 * registries authenticate against the registry host, so the server the credentials are stored under
 * must be exactly the URL's host. KOTS: {@code reg_server}. Installer configs have
 * no server field: it is the {@code auths} key of the Secret that {@code external.certificate.name}
 * names, checked when that Secret is among the checked files; without it, the {@code auths} keys of
 * Docker {@code config.json} files among them, where only keys of the same service count (such a file
 * may hold credentials for other registries).
 */
final class GoogleRegistryServers {

    private GoogleRegistryServers() {}

    /**
     * Checks the server of an external registry whose URL is on the service.
     *
     * @param target the target, with an external registry in use
     * @param url the URL, on the service
     * @param service the service: Google Container Registry or Artifact Registry
     * @param findings where to report
     */
    static void check(
            CheckTarget target, ExternalRegistryHosts.Host url, RegistryVendor service, FindingSink findings) {
        ContainerRegistry.ExternalRegistry external =
                ExternalRegistryHosts.external(target).orElseThrow();
        Expectation expected = new Expectation(url, service, target.file().relativePath());
        if (target.config().orElseThrow().format() == GitpodConfig.Format.KOTS) {
            checkKotsServer(external.server(), expected, findings);
        } else {
            checkCredentials(target, external, expected, findings);
        }
    }

    /** The host the server must be, and how to say so. */
    private record Expectation(ExternalRegistryHosts.Host url, RegistryVendor service, String configFile) {
        String host() {
            return url.reference().hostAndPort();
        }

        String urlName() {
            return Wording.nameOf(url.value()) + " `" + url.reference().display() + "`";
        }

        /** Why a wrong server matters, after a colon. */
        String consequence(String elsewhere) {
            return service.displayName() + " authenticates against the host `" + host() + "` of " + urlName()
                    + (elsewhere.equals(configFile) ? "" : " (" + configFile + ")")
                    + " only, so Gitpod's image pushes get no "
                    + "credentials and fail.";
        }
    }

    private static void checkKotsServer(Optional<ConfigValue> server, Expectation expected, FindingSink findings) {
        if (server.isPresent() && server.get().isPlaceholder()) {
            return;
        }
        String fix = "Set reg_server to `" + expected.host() + "`.";
        Optional<String> text = server.flatMap(ConfigValue::nonBlankText);
        if (text.isEmpty()) {
            String why = expected.url().reference().path().isEmpty()
                    ? "the Resource Configuration page requires it for "
                            + expected.service().displayName() + ", with the value `" + expected.host() + "`."
                    : "KOTS then stores the registry credentials under " + expected.urlName() + ", a key with a path. "
                            + expected.consequence(expected.configFile());
            String subject = server.isPresent() ? "reg_server is empty" : "reg_server is not set";
            ConfigValue at = server.orElse(expected.url().value());
            String path = server.map(ConfigValue::path).orElse(KotsConfigReader.VALUES_PATH + ".reg_server");
            findings.at(at.position(), path)
                    .message(subject + ", but " + expected.urlName() + " is on "
                            + expected.service().displayName() + ": " + why)
                    .fix(fix)
                    .report();
            return;
        }
        RegistryReference reference = RegistryReference.parse(text.get());
        if (reference.host().isEmpty()) {
            return; // registry-url-format reports a server without a host
        }
        Optional<String> problem = mismatch(reference, expected.host(), false);
        if (problem.isPresent()) {
            findings.at(server.get())
                    .message("reg_server `" + reference.display() + "` " + problem.get() + ": the registry credentials "
                            + "are stored under the server, and " + expected.consequence(expected.configFile()))
                    .fix(fix)
                    .report();
        } else if (expected.service() == RegistryVendor.GOOGLE_CONTAINER_REGISTRY
                && reference.scheme().isEmpty()
                && text.get().endsWith("/")) {
            // Gitpod's KOTS preflight (checkGoogleAddress) compares the URL path of a server without a scheme,
            // which is all of it, with the GCR host: `gcr.io/` is not `gcr.io`. With https:// the path is empty.
            findings.at(server.get())
                    .message("reg_server `" + text.get() + "` ends in '/': Gitpod's KOTS preflight check rejects it "
                            + "(\"google container registries must use the address " + expected.host() + ", not "
                            + text.get() + "\").")
                    .fix(fix)
                    .report();
        }
    }

    private static void checkCredentials(
            CheckTarget target,
            ContainerRegistry.ExternalRegistry external,
            Expectation expected,
            FindingSink findings) {
        String file = target.file().relativePath();
        List<RegistryCredentials> named = external.credentialsSecret()
                .flatMap(ConfigValue::checkableText)
                .map(name -> target.credentials().forReference(file, name))
                .orElse(List.of());
        boolean referenced = !named.isEmpty();
        for (RegistryCredentials credentials :
                referenced ? named : target.credentials().dockerConfigs()) {
            if (credentials.status() == RegistryCredentials.Status.READ) {
                checkAuths(target, credentials, referenced, expected, findings);
            }
        }
    }

    private static void checkAuths(
            CheckTarget target,
            RegistryCredentials credentials,
            boolean referenced,
            Expectation expected,
            FindingSink findings) {
        List<RegistryCredentials.AuthsKey> keys = credentials.auths();
        if (keys.stream()
                .anyMatch(
                        k -> isHostKey(k.server(), expected.host()) || Placeholders.containsPlaceholder(k.server()))) {
            return; // the right key is there (other keys are for other registries), or a template decides
        }
        String fix = fixFor(credentials, expected.host());
        List<RegistryCredentials.AuthsKey> related = keys.stream()
                .filter(k -> target.registryHosts().classify(RegistryReference.parse(k.server())) == expected.service())
                .toList();
        if (related.isEmpty()) {
            if (referenced) {
                findings.at(credentials.location())
                        .in(credentials.file())
                        .message(capitalize(credentials.describe()) + " has no auths key `" + expected.host() + "`: "
                                + expected.consequence(credentials.file()))
                        .fix(fix)
                        .report();
            }
            return;
        }
        for (RegistryCredentials.AuthsKey key : related) {
            RegistryReference reference = RegistryReference.parse(key.server());
            String problem = mismatch(reference, expected.host(), true).orElse("is not exactly the host");
            findings.at(key.at())
                    .in(credentials.file())
                    .message("The auths key `" + shown(key.server(), reference) + "` of " + credentials.describe() + " "
                            + problem + ": " + expected.consequence(credentials.file()))
                    .fix(fix)
                    .report();
        }
    }

    /** Whether an auths key is the host, as written or with an {@code http(s)://} the docker client strips. */
    private static boolean isHostKey(String key, String host) {
        if (key.strip().equalsIgnoreCase(host)) {
            return true;
        }
        RegistryReference reference = RegistryReference.parse(key);
        return !reference.hadUserinfo()
                && !reference.hadWhitespace()
                && mismatch(reference, host, true).isEmpty();
    }

    /**
     * How a server differs from the expected host, if it does. A scheme alone is
     * {@code registry-url-format}'s business for {@code reg_server}, but an auths key has no other rule.
     */
    private static Optional<String> mismatch(RegistryReference server, String expectedHost, boolean schemeCounts) {
        if (!server.hostAndPort().equals(expectedHost)) {
            return Optional.of("names another host"
                    + (server.path().isEmpty() ? "" : " and carries the path `/" + server.path() + "`"));
        }
        if (!server.path().isEmpty()) {
            return Optional.of("carries the path `/" + server.path() + "`");
        }
        // The docker client and the kubelet strip http(s):// from a credentials key.
        if (schemeCounts
                && !server.scheme().isEmpty()
                && !server.scheme().equalsIgnoreCase("https")
                && !server.scheme().equalsIgnoreCase("http")) {
            return Optional.of(ExternalRegistryHosts.schemePhrase(server));
        }
        return Optional.empty();
    }

    private static String fixFor(RegistryCredentials credentials, String host) {
        if (credentials.source() == RegistryCredentials.Source.DOCKER_CONFIG) {
            return "Key the credentials by `" + host + "`: run docker login " + host + " (or rename the auths key to `"
                    + host + "`).";
        }
        String name = credentials.secretName().orElse("<name>");
        return "Key the credentials by `" + host + "`: kubectl create secret docker-registry " + name
                + " --docker-server=" + host
                + " --docker-username=_json_key --docker-password=\"$(cat key.json)\" --dry-run=client -o yaml.";
    }

    /** An auths key as written, unless it carries userinfo (a credential): then without it. */
    private static String shown(String key, RegistryReference reference) {
        return reference.hadUserinfo() ? reference.display() : key.strip();
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
