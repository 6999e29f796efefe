package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.model.AwsRegions;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.ContainerRegistry;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.RegistryHostClassifier;
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

    /**
     * The fix that moves from an external registry to the in-cluster one backed by S3, written so that
     * following it leads to no other finding: it removes the external settings the installer would then
     * ignore ({@code config-ignored-block}) and names every setting the S3 backend requires.
     *
     * @param config the config
     * @param region the bucket's Region when the config states it
     * @param onAws whether the install is known to be on AWS (else the S3 part is offered "on AWS")
     * @return the fix
     */
    static String inClusterFix(GitpodConfig config, Optional<String> region, boolean onAws) {
        // Plain code, no lambdas, and the Regions list only when a Region is known (see ClassBudgetTest).
        String regionText = region.isPresent() ? region.get() : "<region>";
        String endpoint = region.isPresent() ? AwsRegions.s3Endpoint(region.get()) : "s3.<region>.amazonaws.com";
        Optional<ContainerRegistry.ExternalRegistry> external =
                config.registry().external();
        if (config.format() == GitpodConfig.Format.KOTS) {
            List<String> remove = new ArrayList<>();
            if (external.isPresent() && external.get().url().isPresent()) {
                remove.add("reg_url");
            }
            if (external.isPresent() && external.get().server().isPresent()) {
                remove.add("reg_server");
            }
            return "Set reg_incluster to \"1\"" + (remove.isEmpty() ? "" : ", remove " + Wording.join(remove))
                    + (onAws ? " and" : "; on AWS,") + " set reg_incluster_storage to \"s3\" with "
                    + "reg_incluster_storage_s3_region (" + regionText + "), reg_incluster_storage_s3_endpoint ("
                    + endpoint + "), reg_incluster_storage_s3_bucketname, reg_incluster_storage_s3_accesskey and "
                    + "reg_incluster_storage_s3_secretkey.";
        }
        boolean block =
                external.isPresent() && external.get().declaredAt().path().endsWith("containerRegistry.external");
        return "Set containerRegistry.inCluster: true" + (block ? ", remove containerRegistry.external" : "")
                + (onAws ? " and" : "; on AWS,") + " back the in-cluster registry with S3: containerRegistry.s3storage "
                + "with bucket: <bucket name>, region: " + regionText + ", endpoint: " + endpoint + " and certificate: "
                + "{kind: secret, name: <a secret with s3AccessKey and s3SecretKey>}.";
    }

    /**
     * The Region to fill into an S3 fix: the one an Amazon ECR URL names, else {@code metadata.region}
     * (KOTS {@code store_region}) when it is an AWS Region.
     *
     * @param config the config
     * @param reference the external registry's URL or server
     * @return the Region, empty when the config states none
     */
    static Optional<String> statedRegion(GitpodConfig config, RegistryReference reference) {
        Optional<String> ecr = RegistryHostClassifier.ecrRegion(reference);
        return ecr.isPresent() && AwsRegions.isKnown(ecr.get()) ? ecr : metadataRegion(config);
    }

    /**
     * {@code metadata.region} (KOTS {@code store_region}) when it is an AWS Region.
     *
     * @param config the config
     * @return the Region, empty when it is not set, a placeholder or no AWS Region
     */
    static Optional<String> metadataRegion(GitpodConfig config) {
        Optional<ConfigValue> value = config.storage().region();
        Optional<String> text = value.isPresent() ? value.get().checkableText() : Optional.empty();
        return text.isPresent() && AwsRegions.isKnown(text.get()) ? text : Optional.empty();
    }
}
