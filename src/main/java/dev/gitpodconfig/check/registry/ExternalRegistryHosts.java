package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.ContainerRegistry;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.RegistryReference;
import dev.gitpodconfig.model.RegistryVendor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The registry values Gitpod will actually push to or authenticate against: the external registry's
 * URL and (KOTS) server, only when the external registry is in use. Never {@code repository} (pull
 * only) nor allow-list entries, and never a URL the installer ignores.
 */
final class ExternalRegistryHosts {

    /**
     * One checkable value and its parsed host.
     *
     * @param value the setting
     * @param reference the parsed reference
     */
    record Host(ConfigValue value, RegistryReference reference) {}

    private static final Pattern PRINTABLE_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]{0,15}");

    private ExternalRegistryHosts() {}

    static List<Host> of(CheckTarget target) {
        List<Host> hosts = new ArrayList<>();
        Optional<ContainerRegistry.ExternalRegistry> external = external(target);
        if (external.isPresent()) {
            for (Optional<ConfigValue> setting :
                    List.of(external.get().url(), external.get().server())) {
                Optional<Host> host = host(setting);
                if (host.isPresent()) {
                    hosts.add(host.get());
                }
            }
        }
        return hosts;
    }

    /**
     * The external registry in use.
     *
     * @param target the target
     * @return the external registry, empty when the in-cluster registry is used or the target has no config
     */
    static Optional<ContainerRegistry.ExternalRegistry> external(CheckTarget target) {
        Optional<GitpodConfig> config = target.config();
        return config.isPresent() ? config.get().registry().external() : Optional.empty();
    }

    /**
     * The external registry's URL with its parsed host, when it is set, not a placeholder and has a host.
     *
     * @param target the target
     * @return the URL
     */
    static Optional<Host> url(CheckTarget target) {
        Optional<ContainerRegistry.ExternalRegistry> external = external(target);
        return external.isPresent() ? host(external.get().url()) : Optional.empty();
    }

    /**
     * The external registry's URL when its host belongs to a vendor.
     *
     * @param target the target
     * @param vendor the vendor
     * @return the URL
     */
    static Optional<Host> url(CheckTarget target, RegistryVendor vendor) {
        Optional<Host> url = url(target);
        return url.isPresent() && target.registryHosts().classify(url.get().reference()) == vendor
                ? url
                : Optional.empty();
    }

    /**
     * Says that a reference has a scheme, quoting the scheme only when it looks like one (the text
     * before {@code ://} could be anything, even a credential).
     *
     * @param reference a reference with a scheme
     * @return e.g. {@code has the scheme `https://`}
     */
    static String schemePhrase(RegistryReference reference) {
        return PRINTABLE_SCHEME.matcher(reference.scheme()).matches()
                ? "has the scheme `" + reference.scheme() + "://`"
                : "has a scheme";
    }

    /** A setting with its parsed host, when it is set, not a placeholder and has a host. */
    private static Optional<Host> host(Optional<ConfigValue> value) {
        Optional<String> text = value.isPresent() ? value.get().checkableText() : Optional.empty();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        RegistryReference reference = RegistryReference.parse(text.get());
        return reference.host().isEmpty() ? Optional.empty() : Optional.of(new Host(value.get(), reference));
    }

    static String pushTargets(RegistryReference reference) {
        return reference.display() + "/base-images and " + reference.display() + "/workspace-images";
    }

    static String inClusterFix(GitpodConfig.Format format) {
        return format == GitpodConfig.Format.KOTS
                ? "Set reg_incluster to \"1\" and, on AWS, reg_incluster_storage to \"s3\" with the bucket's"
                        + " region and the endpoint s3.<region>.amazonaws.com."
                : "Set containerRegistry.inCluster: true and, on AWS, back it with S3: containerRegistry.s3storage"
                        + " with bucket, region, endpoint s3.<region>.amazonaws.com and certificate.";
    }
}
