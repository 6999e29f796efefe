package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.ContainerRegistry;
import dev.gitpodconfig.model.RegistryReference;
import dev.gitpodconfig.model.RegistryVendor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code registry-url-format}: an external registry URL that is not an image-reference prefix
 * {@code host[:port][/path]}, or a server (KOTS {@code reg_server}) that is not {@code host[:port]}.
 * Userinfo in a value is a credential: it is reported, never quoted.
 */
public final class RegistryUrlFormatRule implements Rule {

    private static final RuleInfo INFO = RuleInfo.builder("registry-url-format")
            .severity(Severity.ERROR)
            .title("a registry URL or server with a scheme, userinfo, white space, a bad host, upper case or a tag")
            .summary("""
                A registry URL with a scheme (`https://`), userinfo, white space, an empty or malformed host, an
                upper-case repository path or a tag or digest; or a server (KOTS `reg_server`) that is not
                `host[:port]`.
                """)
            .description("""
                The external registry URL (installer `containerRegistry.external.url`, KOTS `reg_url`) or the KOTS
                server (`reg_server`) is malformed:
                * a scheme (`https://registry.example.com/gitpod`);
                * userinfo (`user:password@registry.example.com`), reported but never quoted, because it is a
                  credential;
                * white space;
                * an empty or malformed host, or a port that is not 1-65535;
                * upper-case letters in the URL's repository path (`registry.example.com/Gitpod`);
                * a tag or digest at the end of the URL (`harbor.acme.dev/gitpod:2022.11`,
                  `registry.example.com/gitpod@sha256:...`);
                * a server that is not `host[:port]`; an `http://` or `https://` before it is accepted, because the
                  docker client and the kubelet strip it from the key the credentials are stored under. On GCR and Artifact Registry URLs a path in the server is reported
                  by `registry-gcr-server` and `registry-gar-server` instead.

                Placeholders (`${REGISTRY_URL}`) are skipped; `config-unresolved-placeholder` lists them. Settings that
                the installer ignores (`external` next to `inCluster: true`) are not checked.
                """)
            .rationale("""
                The URL is an image-reference prefix, not a web address. Gitpod appends `/base-images` and
                `/workspace-images` to it verbatim, and Docker rejects references with a scheme, credentials, white
                space, upper-case path components or a tag before a path component ("invalid reference format"). The server is the key the credentials
                are stored under and is compared with the image's registry host, so a server with a scheme or a path
                matches no image.
                """)
            .fix("""
                Write the URL as `host[:port][/path]` in lower case, e.g. `registry.example.com/gitpod`, and the server
                as `host[:port]`; the message gives the corrected value. Keep credentials in the Secret or in
                `reg_username`/`reg_password`.
                """)
            .gitpodSource(
                    "install/installer/pkg/components/image-builder-mk3/configmap.go",
                    "the URL is the prefix of `base-images` and `workspace-images`, used verbatim")
            .source(
                    "Docker image reference grammar, `distribution/reference` (path components are lower case)",
                    "https://github.com/distribution/reference/blob/main/reference.go")
            .build();

    private static final Set<RegistryVendor> GOOGLE =
            EnumSet.of(RegistryVendor.GOOGLE_CONTAINER_REGISTRY, RegistryVendor.GOOGLE_ARTIFACT_REGISTRY);
    private static final Pattern HOST =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*|\\[[0-9a-f:.]+]");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        Optional<ContainerRegistry.ExternalRegistry> external = ExternalRegistryHosts.external(target);
        if (external.isEmpty()) {
            return;
        }
        check(external.get().url(), false, Optional.empty(), findings);
        // On GCR and Artifact Registry the server must be the URL's host; a path in it is reported by
        // registry-gcr-server and registry-gar-server, which know that host.
        Optional<ExternalRegistryHosts.Host> url = ExternalRegistryHosts.url(target);
        Optional<String> googleHost = url.isPresent()
                        && GOOGLE.contains(
                                target.registryHosts().classify(url.get().reference()))
                ? Optional.of(url.get().reference().hostAndPort())
                : Optional.empty();
        check(external.get().server(), true, googleHost, findings);
    }

    private static void check(
            Optional<ConfigValue> setting, boolean server, Optional<String> googleHost, FindingSink findings) {
        if (setting.isEmpty()) {
            return;
        }
        ConfigValue value = setting.get();
        Optional<String> text = value.text();
        if (text.isEmpty() || text.get().isBlank() || value.isPlaceholder()) {
            return; // missing values are registry-external-missing's; placeholders config-unresolved-placeholder's
        }
        RegistryReference reference = RegistryReference.parse(text.get());
        List<String> problems = new ArrayList<>();
        // The docker client and the kubelet strip http(s):// from a credentials key, so a server may carry it.
        if (!reference.scheme().isEmpty() && !(server && isHttp(reference.scheme()))) {
            problems.add(ExternalRegistryHosts.schemePhrase(reference));
        }
        if (reference.hadUserinfo()) {
            problems.add("carries credentials (user:password@) before the host");
        }
        if (reference.hadWhitespace()) {
            problems.add("contains white space");
        }
        boolean hostOk = !reference.host().isEmpty()
                && HOST.matcher(reference.host()).matches()
                && (reference.port().isEmpty()
                        || (reference.port().get() >= 1 && reference.port().get() <= 65535));
        if (reference.host().isEmpty()) {
            problems.add("has no host");
        } else if (!hostOk) {
            problems.add("has no valid host[:port] before the first '/'");
        }
        if (server && !reference.path().isEmpty() && googleHost.isEmpty()) {
            problems.add("carries the path `/" + reference.path() + "`");
        }
        Optional<String> tagOrDigest = server ? Optional.empty() : tagOrDigest(reference.path());
        if (tagOrDigest.isPresent()) {
            problems.add((tagOrDigest.get().startsWith("@") ? "ends in the digest `" : "ends in the tag `")
                    + tagOrDigest.get() + "`");
        }
        if (!server && !reference.path().equals(reference.path().toLowerCase(Locale.ROOT))) {
            problems.add("has upper-case letters in its repository path `" + reference.path() + "`");
        }
        if (problems.isEmpty()) {
            return;
        }
        String name = Wording.nameOf(value);
        String expected = !hostOk ? null : server ? googleHost.orElse(reference.hostAndPort()) : expectedUrl(reference);
        String what = server ? "a registry server, host[:port]" : "an image-reference prefix, host[:port][/path]";
        findings.at(value)
                .message(name + " is not " + what + ": it " + String.join(", ", problems) + ". "
                        + (server
                                ? "The server is the key the registry credentials are stored under, so no image host "
                                        + "matches it."
                                : "Gitpod appends /base-images and /workspace-images to it, and Docker rejects the "
                                        + "resulting image references."))
                .fix(
                        expected == null
                                ? "Start " + name + " with the registry host, e.g. `registry.example.com"
                                        + (server ? "`." : "/gitpod`.")
                                : "Set " + name + " to `" + expected + "`"
                                        + (reference.hadUserinfo()
                                                ? " and keep the credentials in " + credentialsPlace(value) + "."
                                                : "."))
                .report();
    }

    private static String expectedUrl(RegistryReference reference) {
        String path = reference.path();
        Optional<String> tagOrDigest = tagOrDigest(path);
        if (tagOrDigest.isPresent()) {
            path = path.substring(0, path.length() - tagOrDigest.get().length());
        }
        return path.isEmpty() ? reference.hostAndPort() : reference.hostAndPort() + "/" + path.toLowerCase(Locale.ROOT);
    }

    /**
     * The tag ({@code :2022.11}) or digest ({@code @sha256:…}) at the end of a URL's path: image-builder appends
     * {@code /base-images} after it, and no image reference has a tag or digest before a path component.
     */
    private static Optional<String> tagOrDigest(String path) {
        int at = path.indexOf('@');
        if (at >= 0) {
            return Optional.of(path.substring(at));
        }
        int colon = path.indexOf(':', path.lastIndexOf('/') + 1);
        return colon >= 0 ? Optional.of(path.substring(colon)) : Optional.empty();
    }

    private static boolean isHttp(String scheme) {
        return scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http");
    }

    private static String credentialsPlace(ConfigValue value) {
        return Wording.nameOf(value).startsWith("reg_")
                ? "reg_username and reg_password"
                : "the Secret named by containerRegistry.external.certificate.name";
    }
}
