package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.ContainerRegistry;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.KotsConfigReader;
import dev.gitpodconfig.model.KotsItem;
import java.util.List;
import java.util.Optional;

/**
 * {@code registry-external-missing}: an external registry is selected, but its URL (installer:
 * {@code containerRegistry.external.url}; KOTS: {@code reg_url}) or, for KOTS, the username or password
 * the admin console requires, is missing. Reported at the value when it is empty, else at the key that
 * holds the block (or at {@code inCluster} / {@code reg_incluster} when there is no block).
 */
public final class RegistryExternalMissingRule implements Rule {

    private static final RuleInfo INFO = RuleInfo.builder("registry-external-missing")
            .severity(Severity.ERROR)
            .title("an external registry without its URL (KOTS: or its username or password)")
            .summary("""
                An external registry is selected (installer `containerRegistry.inCluster: false`; KOTS `reg_incluster`
                `"0"`) but its URL, or for KOTS its required `reg_username` or `reg_password`, is missing.
                """)
            .description("""
                An external registry is selected but incomplete.
                * Installer: `containerRegistry.inCluster: false` without an `external` block (reported at `inCluster`),
                  or with `external` but without `url` (reported at the `external` key), or with an empty or null one
                  (`url: ""`, `url: ~`, reported at the value). A `[[ .Template ]]` or `${VAR}` URL counts as set.
                * KOTS: `reg_incluster: "0"` without `reg_url`, `reg_username` or `reg_password`, which the admin
                  console requires. A missing item is reported at `reg_incluster`, an empty one at its value.
                """)
            .rationale("""
                The installer stops with `Field 'Config.ContainerRegistry.External' is required if 'InCluster false'` or
                `Field 'Config.ContainerRegistry.External.URL' is required`, and without a registry nothing renders
                (image-builder-mk3: `invalid container registry config`). The KOTS admin console marks `reg_url`,
                `reg_username` and `reg_password` required: without the username or password it writes a credentials
                Secret that Gitpod cannot log in with.
                """)
            .fix("""
                Set the registry URL (and, for KOTS, `reg_username` and `reg_password`), or switch back to the
                in-cluster registry (`inCluster: true`, KOTS `reg_incluster` `"1"`).
                """)
            .gitpodSource(
                    "install/installer/pkg/config/v1/config.go",
                    "the `validate` tags `required_if=InCluster false` and `required` of `containerRegistry.external`")
            .gitpodSource("install/installer/pkg/config/validation.go", "the messages `Field '...' is required`")
            .gitpodSource(
                    "install/installer/pkg/components/image-builder-mk3/configmap.go",
                    "`invalid container registry config`")
            .gitpodSource(
                    "install/kots/manifests/kots-config.yaml",
                    "`reg_url`, `reg_username` and `reg_password` are required")
            .build();

    private static final List<KotsItem> KOTS_REQUIRED =
            List.of(KotsItem.REG_URL, KotsItem.REG_USERNAME, KotsItem.REG_PASSWORD);

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
        GitpodConfig config = target.config().orElseThrow();
        if (config.format() == GitpodConfig.Format.KOTS) {
            checkKots(external.get(), findings);
        } else {
            checkInstaller(config, external.get(), findings);
        }
    }

    private static void checkInstaller(
            GitpodConfig config, ContainerRegistry.ExternalRegistry external, FindingSink findings) {
        String externalPath = config.pathOf("containerRegistry.external");
        ConfigValue at = external.declaredAt();
        if (!at.path().equals(externalPath)) {
            findings.at(at.position(), externalPath)
                    .message("containerRegistry.inCluster is false, but there is no containerRegistry.external block: "
                            + "the installer stops with \"Field 'Config.ContainerRegistry.External' is required if "
                            + "'InCluster false'\".")
                    .fix("Add containerRegistry.external with url (e.g. registry.example.com/gitpod) and certificate "
                            + "(kind: secret, name: the dockerconfigjson Secret), or set containerRegistry.inCluster: "
                            + "true.")
                    .report();
            return;
        }
        if (isMissing(external.url())) {
            ConfigValue where = external.url().orElse(at);
            findings.at(where.position(), config.pathOf("containerRegistry.external.url"))
                    .message("containerRegistry.external has no url: the installer stops with \"Field "
                            + "'Config.ContainerRegistry.External.URL' is required\", and Gitpod would have no "
                            + "registry to push workspace images to.")
                    .fix("Set containerRegistry.external.url to the registry's push prefix, e.g. "
                            + "`registry.example.com/gitpod`.")
                    .report();
        }
    }

    private static void checkKots(ContainerRegistry.ExternalRegistry external, FindingSink findings) {
        for (KotsItem item : KOTS_REQUIRED) {
            Optional<ConfigValue> value = switch (item) {
                case REG_URL -> external.url();
                case REG_USERNAME -> external.username();
                default -> external.password();
            };
            if (!isMissing(value)) {
                continue;
            }
            ConfigValue where = value.orElse(external.declaredAt());
            String path = value.map(ConfigValue::path).orElse(KotsConfigReader.VALUES_PATH + "." + item.itemName());
            findings.at(where.position(), path)
                    .message("reg_incluster is \"0\" (external registry), but " + item.itemName() + " is "
                            + (value.isPresent() ? "empty" : "not set") + ": the admin console requires it, "
                            + consequence(item) + ".")
                    .fix("Set " + item.itemName() + " (" + example(item) + "), or set reg_incluster to \"1\" for the "
                            + "in-cluster registry.")
                    .report();
        }
    }

    /** Absent, or a blank scalar; a value of another type is config-wrong-type's, a placeholder is present. */
    private static boolean isMissing(Optional<ConfigValue> value) {
        return value.isEmpty()
                || (value.get().node() instanceof YamlScalar
                        && !value.get().isPlaceholder()
                        && value.get().nonBlankText().isEmpty());
    }

    private static String consequence(KotsItem item) {
        return item == KotsItem.REG_URL
                ? "and Gitpod would have no registry to push workspace images to"
                : "and without it the registry credentials Secret KOTS writes cannot log in";
    }

    private static String example(KotsItem item) {
        return switch (item) {
            case REG_URL -> "e.g. `registry.example.com/gitpod`";
            case REG_USERNAME -> "for Google registries `_json_key`";
            default -> "the registry password or token; for Google registries the service-account key JSON";
        };
    }
}
