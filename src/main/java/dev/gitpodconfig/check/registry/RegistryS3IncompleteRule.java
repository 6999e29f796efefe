package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RequiredSettings;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.check.storage.S3EndpointRegionCheck;
import dev.gitpodconfig.model.AwsRegions;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.ContainerRegistry;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.KotsItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code registry-s3-incomplete}: the in-cluster registry's S3 backend lacks its bucket, Region,
 * endpoint or credentials; or a KOTS file still uses the 2022.03-04 items, which later releases ignore.
 */
public final class RegistryS3IncompleteRule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("registry-s3-incomplete")
            .severity(Severity.ERROR)
            .title("the registry's S3 backend lacks bucket, region, endpoint or credentials")
            .summary("""
                The in-cluster registry's S3 backend lacks bucket, region, endpoint or credentials (installer:
                `containerRegistry.s3storage`; KOTS: `reg_incluster_storage` `"s3"` and its items), or uses the KOTS
                items of 2022.03-04 (`reg_s3storage`, `reg_bucketname`, `reg_accesskey`, `reg_secretkey`).
                """)
            .description("""
                The in-cluster registry's S3 backend without its bucket, region, endpoint or credentials.
                * Installer: `containerRegistry.s3storage` needs `bucket`, `region`, `endpoint` and `certificate`;
                  settings that are not there are reported together at the `s3storage` key, an empty value at the value.
                  Files older than 2022.06 (the EKS guide of early 2022) have only `bucket` and `certificate`, because
                  the registry took its Region from `metadata.region`; the message says so and gives the values to add,
                  taken from `metadata.region` (with the China endpoint form for `cn-*` Regions).
                * KOTS: with `reg_incluster_storage: s3` the items `reg_incluster_storage_s3_region`, `_endpoint`,
                  `_bucketname`, `_accesskey` and `_secretkey` are required; the missing ones are named at
                  `reg_incluster_storage`.

                The KOTS items of releases 2022.03-04 are understood: when the file still sets `reg_bucketname`,
                `reg_accesskey` or `reg_secretkey`, the fix says to rename them to
                `reg_incluster_storage_s3_bucketname`, `reg_incluster_storage_s3_accesskey` and
                `reg_incluster_storage_s3_secretkey`; a `reg_s3storage: "1"` without the current items is reported at
                `reg_s3storage` with the full list of replacements (`reg_incluster` `"1"` and `reg_incluster_storage`
                `"s3"`, plus the region and endpoint items added in 2022.06).
                """)
            .rationale("""
                Installers from 2022.06.0 validate the backend and stop with `Field
                'Config.ContainerRegistry.S3Storage.Region' is required`; before, the registry took its Region from
                `metadata.region` and had no endpoint setting, so older files lack both. The KOTS admin console marks
                the five items required, and since 2022.05 it ignores the 2022.03-04 items, so a file that relies on
                them has no S3 backend at all.
                """)
            .fix("""
                Add the missing settings (for an AWS bucket the endpoint is `s3.<region>.amazonaws.com`); for KOTS,
                replace the 2022.03-04 items with the current ones.
                """)
            .gitpodSource("install/installer/pkg/config/v1/config.go", "the `validate` tags of `S3Storage`")
            .source(
                    "Gitpod commit e7093085 (2022.06.0): `s3storage.region` and `s3storage.endpoint` added and "
                            + "required",
                    "https://github.com/gitpod-io/gitpod/commit/e709308519ac4dbf3f6e858aa8cc4d0d315947c4")
            .gitpodSource("install/kots/manifests/kots-config.yaml", "the required `reg_incluster_storage_s3_*` items")
            .source(
                    "Gitpod's first KOTS configuration (commit dcb1f11e), "
                            + "`install/kots/manifests/kots-config.yaml`: the 2022.03-04 items",
                    "https://github.com/gitpod-io/gitpod/blob/dcb1f11e2263074b693442b256ae944ee7fa6e94/"
                            + "install/kots/manifests/kots-config.yaml")
            .build();

    /** The current KOTS items that replace the 2022.03-04 ones. */
    private static final String LEGACY_REPLACEMENTS =
            "reg_bucketname by reg_incluster_storage_s3_bucketname, reg_accesskey by "
                    + "reg_incluster_storage_s3_accesskey and reg_secretkey by reg_incluster_storage_s3_secretkey";

    /** Creates the rule. */
    public RegistryS3IncompleteRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        ContainerRegistry registry = config.registry();
        Optional<ContainerRegistry.S3Backend> backend = registry.s3Backend();
        if (backend.isPresent()) {
            if (config.format() == GitpodConfig.Format.KOTS) {
                checkKots(config, backend.get(), registry.legacyS3Storage(), findings);
            } else {
                checkInstaller(config, backend.get(), findings);
            }
        }
        Optional<ContainerRegistry.LegacyS3Storage> legacy = registry.legacyS3Storage();
        if (legacy.isPresent() && legacy.get().requested() && backend.isEmpty()) {
            reportLegacyOnly(config, legacy.get(), findings);
        }
    }

    private static void checkInstaller(GitpodConfig config, ContainerRegistry.S3Backend backend, FindingSink findings) {
        String base = config.pathOf("containerRegistry.s3storage");
        List<RequiredSettings.Setting> required = List.of(
                new RequiredSettings.Setting(base + ".bucket", backend.bucket()),
                new RequiredSettings.Setting(base + ".region", backend.region()),
                new RequiredSettings.Setting(base + ".endpoint", backend.endpoint()),
                new RequiredSettings.Setting(base + ".certificate", backend.credentialsSecret()));
        Optional<String> metadataRegion =
                S3EndpointRegionCheck.awsRegion(config.storage().region());
        Optional<String> region =
                S3EndpointRegionCheck.awsRegion(backend.region()).or(() -> metadataRegion);
        for (RequiredSettings.Missing missing : RequiredSettings.missing(required, backend.declaredAt())) {
            List<String> keys = missing.names().stream()
                    .map(n -> n.substring(n.lastIndexOf('.') + 1))
                    .toList();
            String message = base + (missing.blank() ? " has an empty " : " lacks ") + Wording.join(keys)
                    + ". Installers from 2022.06.0 require bucket, region, endpoint and certificate, and stop with"
                    + " 'Field 'Config.ContainerRegistry.S3Storage." + capitalize(keys.get(0)) + "' is required'.";
            if (!missing.blank() && keys.contains("region") && keys.contains("endpoint")) {
                message += " Before 2022.06 the registry took its region from metadata.region"
                        + metadataRegion.map(r -> " (" + r + ")").orElse("")
                        + " and had no endpoint setting; this file still "
                        + "relies on that.";
            }
            List<String> additions = keys.stream()
                    .map(key -> key + ": " + installerExample(key, region))
                    .toList();
            findings.at(missing.at())
                    .message(message)
                    .fix("Add under " + base + ": " + String.join(", ", additions) + ".")
                    .report();
        }
    }

    private static String installerExample(String key, Optional<String> region) {
        return switch (key) {
            case "bucket" -> "<bucket name>";
            case "region" -> region.orElse("<the bucket's Region>");
            case "endpoint" -> region.map(AwsRegions::s3Endpoint).orElse("s3.<region>.amazonaws.com");
            default -> "{kind: secret, name: <a secret with s3AccessKey and s3SecretKey>}";
        };
    }

    private static void checkKots(
            GitpodConfig config,
            ContainerRegistry.S3Backend backend,
            Optional<ContainerRegistry.LegacyS3Storage> legacy,
            FindingSink findings) {
        List<RequiredSettings.Setting> required = List.of(
                RequiredSettings.item(KotsItem.REG_INCLUSTER_STORAGE_S3_REGION, backend.region()),
                RequiredSettings.item(KotsItem.REG_INCLUSTER_STORAGE_S3_ENDPOINT, backend.endpoint()),
                RequiredSettings.item(KotsItem.REG_INCLUSTER_STORAGE_S3_BUCKETNAME, backend.bucket()),
                RequiredSettings.item(KotsItem.REG_INCLUSTER_STORAGE_S3_ACCESSKEY, backend.accessKey()),
                RequiredSettings.item(KotsItem.REG_INCLUSTER_STORAGE_S3_SECRETKEY, backend.secretKey()));
        Optional<String> region = S3EndpointRegionCheck.awsRegion(backend.region())
                .or(() -> S3EndpointRegionCheck.awsRegion(config.storage().region()));
        for (RequiredSettings.Missing missing : RequiredSettings.missing(required, backend.declaredAt())) {
            List<String> renames = new ArrayList<>();
            List<String> sets = new ArrayList<>();
            for (String name : missing.names()) {
                Optional<String> old = legacy.flatMap(l -> legacyItemFor(name, l));
                if (old.isPresent() && !missing.blank()) {
                    renames.add("rename " + old.get() + " to " + name);
                } else {
                    sets.add(Wording.set(GitpodConfig.Format.KOTS, name, kotsExample(name, region)));
                }
            }
            String message = "reg_incluster_storage is \"s3\", but " + Wording.join(missing.names())
                    + (missing.names().size() == 1 ? " is" : " are") + (missing.blank() ? " empty" : " not set")
                    + ". The KOTS admin console requires region, endpoint, bucket name, access key and secret key for "
                    + "the registry's S3 storage.";
            if (!renames.isEmpty()) {
                message += " The file sets items of the 2022.03-04 releases instead, which later releases ignore.";
            }
            List<String> steps = new ArrayList<>();
            if (!sets.isEmpty()) {
                steps.add("set " + String.join(", ", sets));
            }
            steps.addAll(renames);
            findings.at(missing.at())
                    .message(message)
                    .fix(capitalize(String.join("; ", steps)) + ".")
                    .report();
        }
    }

    private static Optional<String> legacyItemFor(String item, ContainerRegistry.LegacyS3Storage legacy) {
        if (item.equals(KotsItem.REG_INCLUSTER_STORAGE_S3_BUCKETNAME.itemName())) {
            return legacy.bucket().map(v -> KotsItem.LEGACY_REG_BUCKETNAME.itemName());
        }
        if (item.equals(KotsItem.REG_INCLUSTER_STORAGE_S3_ACCESSKEY.itemName())) {
            return legacy.accessKey().map(v -> KotsItem.LEGACY_REG_ACCESSKEY.itemName());
        }
        if (item.equals(KotsItem.REG_INCLUSTER_STORAGE_S3_SECRETKEY.itemName())) {
            return legacy.secretKey().map(v -> KotsItem.LEGACY_REG_SECRETKEY.itemName());
        }
        return Optional.empty();
    }

    private static String kotsExample(String item, Optional<String> region) {
        if (item.equals(KotsItem.REG_INCLUSTER_STORAGE_S3_REGION.itemName())) {
            return region.orElse("<the bucket's Region>");
        }
        if (item.equals(KotsItem.REG_INCLUSTER_STORAGE_S3_ENDPOINT.itemName())) {
            return region.map(AwsRegions::s3Endpoint).orElse("s3.<region>.amazonaws.com");
        }
        if (item.equals(KotsItem.REG_INCLUSTER_STORAGE_S3_BUCKETNAME.itemName())) {
            return "<bucket name>";
        }
        return item.equals(KotsItem.REG_INCLUSTER_STORAGE_S3_ACCESSKEY.itemName())
                ? "<access key id>"
                : "<secret access key>";
    }

    private static void reportLegacyOnly(
            GitpodConfig config, ContainerRegistry.LegacyS3Storage legacy, FindingSink findings) {
        ConfigValue at = legacy.enabled().orElseThrow();
        Optional<String> region =
                S3EndpointRegionCheck.awsRegion(config.storage().region());
        findings.at(at)
                .message("reg_s3storage \"1\" asks for S3 storage the way KOTS releases 2022.03-04 did (for an "
                        + "external registry). Since 2022.05 KOTS ignores it and the items reg_bucketname, "
                        + "reg_accesskey and reg_secretkey, so the registry has no S3 backend; S3 now backs the "
                        + "in-cluster registry and also needs a region and an endpoint (since 2022.06).")
                .fix("Replace reg_s3storage by reg_incluster \"1\" and reg_incluster_storage \"s3\", "
                        + LEGACY_REPLACEMENTS + ", and add reg_incluster_storage_s3_region ("
                        + region.orElse("the bucket's Region") + ") and reg_incluster_storage_s3_endpoint ("
                        + region.map(AwsRegions::s3Endpoint).orElse("s3.<region>.amazonaws.com") + ").")
                .report();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
