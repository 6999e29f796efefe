package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.ContainerRegistry;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.RegistryReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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

    private ExternalRegistryHosts() {}

    static List<Host> of(CheckTarget target) {
        List<Host> hosts = new ArrayList<>();
        target.config().map(GitpodConfig::registry).flatMap(ContainerRegistry::external).ifPresent(external -> {
            add(external.url(), hosts);
            add(external.server(), hosts);
        });
        return hosts;
    }

    private static void add(Optional<ConfigValue> value, List<Host> into) {
        value.ifPresent(v -> v.checkableText()
                .map(RegistryReference::parse)
                .filter(reference -> !reference.host().isEmpty())
                .ifPresent(reference -> into.add(new Host(v, reference))));
    }

    static String pushTargets(RegistryReference reference) {
        return reference.display() + "/base-images and " + reference.display() + "/workspace-images";
    }

    static String inClusterFix(GitpodConfig.Format format) {
        return format == GitpodConfig.Format.KOTS
                ? "Set reg_incluster to \"1\" and, on AWS, reg_incluster_storage to \"s3\" with the bucket's region and the "
                        + "endpoint s3.<region>.amazonaws.com."
                : "Set containerRegistry.inCluster: true and, on AWS, back it with S3: containerRegistry.s3storage with bucket, "
                        + "region, endpoint s3.<region>.amazonaws.com and certificate.";
    }
}
