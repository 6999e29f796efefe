package dev.gitpodconfig.check.storage;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RequiredSettings;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.KotsItem;
import dev.gitpodconfig.model.ObjectStorage;
import dev.gitpodconfig.model.Suggestions;
import java.util.List;
import java.util.Optional;

/**
 * {@code storage-provider-incomplete}: object storage that is not in-cluster has no usable provider,
 * a provider lacks required settings, or a KOTS {@code store_provider} is not one KOTS knows. A
 * second installer provider block is {@code config-ignored-block}'s, unless it lacks required settings.
 */
public final class StorageProviderIncompleteRule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("storage-provider-incomplete")
            .severity(Severity.ERROR)
            .title("object storage without a usable, complete provider")
            .summary("""
                `objectStorage.inCluster: false` without a usable `s3`, `cloudStorage` or `azure` block, a block without
                its required fields (used or not), or a KOTS `store_provider` that is not `incluster`, `s3`, `gcp` or
                `azure` or lacks its required items.
                """)
            .description("""
                Installer:
                * `objectStorage.inCluster: false` without a usable `s3`, `cloudStorage` or `azure` block (reported at
                  `inCluster`);
                * a block without its required fields (`s3`: `endpoint` and `credentials`; `cloudStorage`: `project` and
                  `serviceAccount`; `azure`: `credentials`), reported at the block, an empty value at the value; this
                  holds for every block that is present, also one the installer will not use, because its validator
                  checks them all.

                Several complete blocks at once are valid: the installer uses `azure` first, then `s3`, then
                `cloudStorage`, and `config-ignored-block` warns about each block it will not use.

                KOTS: a `store_provider` other than `incluster`, `s3`, `gcp` or `azure` (with "did you mean"), or a
                provider without its required items (`s3`: `store_region`, `store_s3_endpoint`,
                `store_s3_access_key_id`, `store_s3_secret_access_key`; `gcp`: `store_region`, `store_gcp_project`,
                `store_gcp_credentials`; `azure`: `store_region`, `store_azure_account_name`, `store_azure_access_key`),
                reported at `store_provider`.

                `objectStorage.s3.bucket` and `store_s3_bucket` are optional in 2022.11.3 (one bucket per user).
                """)
            .rationale("""
                Without a provider the render panics with `no valid storage configuration set`; a missing required
                field stops the installer's validation (`Field '...' is required`), in a block that is used or not; an
                unknown KOTS provider stops the install with `unknown storage provider: <value>`. Later installers
                accept IAM roles instead of S3 credentials; 2022.11.3 does not.
                """)
            .fix("""
                Configure exactly one provider with all its required settings, or set `objectStorage.inCluster: true`
                for the in-cluster MinIO.
                """)
            .gitpodSource("install/installer/pkg/config/v1/config.go", "the `validate` tags of `objectStorage`")
            .gitpodSource(
                    "install/installer/pkg/common/storage.go",
                    "the provider chosen, and `no valid storage configuration set`")
            .gitpodSource(
                    "install/installer/pkg/config/v1/envvars.go",
                    "KOTS `store_provider`, and `unknown storage provider`")
            .gitpodSource("install/kots/manifests/kots-config.yaml", "the required `store_*` items")
            .build();

    private static final List<String> KOTS_PROVIDERS = List.of("incluster", "s3", "gcp", "azure");

    /** Creates the rule. */
    public StorageProviderIncompleteRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        if (config.format() == GitpodConfig.Format.KOTS) {
            checkKots(config.storage(), findings);
        } else if (config.storage().provider() != ObjectStorage.Provider.IN_CLUSTER) {
            checkInstaller(config, config.storage(), findings);
        }
    }

    private static void checkInstaller(GitpodConfig config, ObjectStorage storage, FindingSink findings) {
        ConfigValue switchAt = storage.providerValue().orElse(storage.declaredAt());
        String base = config.pathOf("objectStorage");
        if (storage.provider() == ObjectStorage.Provider.NONE) {
            String blocks = storage.providerBlocks().isEmpty()
                    ? ""
                    : " ("
                            + Wording.join(storage.providerBlocks().stream()
                                    .map(ConfigValue::path)
                                    .toList()) + " not a mapping)";
            findings.at(switchAt)
                    .message(base + ".inCluster is false, but there is no usable s3, cloudStorage or azure block"
                            + blocks + ": the installer's render panics with 'no valid storage configuration set'.")
                    .fix("Add one provider block (for AWS: " + base + ".s3 with endpoint and credentials), or set "
                            + base + ".inCluster: true for the in-cluster MinIO.")
                    .report();
            return;
        }
        if (storage.s3().isPresent()) {
            ObjectStorage.S3 s3 = storage.s3().get();
            reportMissingFields(
                    s3.declaredAt(),
                    List.of(
                            new RequiredSettings.Setting(base + ".s3.endpoint", s3.endpoint()),
                            new RequiredSettings.Setting(base + ".s3.credentials", s3.credentialsSecret())),
                    findings);
        }
        if (storage.gcs().isPresent()) {
            ObjectStorage.Gcs gcs = storage.gcs().get();
            reportMissingFields(
                    gcs.declaredAt(),
                    List.of(
                            new RequiredSettings.Setting(base + ".cloudStorage.project", gcs.project()),
                            new RequiredSettings.Setting(
                                    base + ".cloudStorage.serviceAccount", gcs.serviceAccountSecret())),
                    findings);
        }
        if (storage.azure().isPresent()) {
            ObjectStorage.Azure azure = storage.azure().get();
            reportMissingFields(
                    azure.declaredAt(),
                    List.of(new RequiredSettings.Setting(base + ".azure.credentials", azure.credentialsSecret())),
                    findings);
        }
        // A second block the installer does not use is config-ignored-block's warning; its missing fields are
        // reported above, because the installer's validator checks every block that is present.
    }

    private static void reportMissingFields(
            ConfigValue block, List<RequiredSettings.Setting> required, FindingSink findings) {
        for (RequiredSettings.Missing missing : RequiredSettings.missing(required, block)) {
            List<String> keys = missing.names().stream()
                    .map(n -> n.substring(n.lastIndexOf('.') + 1))
                    .toList();
            List<String> examples = keys.stream()
                    .map(StorageProviderIncompleteRule::installerExample)
                    .toList();
            // Only S3 credentials have an IAM-role alternative in later installers: no such hint for GCS or Azure.
            boolean iamHint = block.path().endsWith(".s3") && keys.contains("credentials");
            findings.at(missing.at())
                    .message(block.path() + (missing.blank() ? " has an empty " : " lacks ") + Wording.join(keys)
                            + ", which the 2022.11.3 installer requires ('Field ... is required'"
                            + (iamHint ? "; later installers accept IAM roles instead of credentials)." : ")."))
                    .fix("Add " + String.join(", ", examples) + " under " + block.path() + ".")
                    .report();
        }
    }

    private static String installerExample(String key) {
        return switch (key) {
            case "endpoint" -> "endpoint: <host[:port]> (AWS: s3.<region>.amazonaws.com)";
            case "project" -> "project: <GCP project id>";
            case "credentials" -> "credentials: {kind: secret, name: <secret>}";
            default -> key + ": {kind: secret, name: <secret>}";
        };
    }

    private static void checkKots(ObjectStorage storage, FindingSink findings) {
        Optional<ConfigValue> providerValue = storage.providerValue();
        if (storage.provider() == ObjectStorage.Provider.NONE) {
            providerValue.filter(v -> !v.isPlaceholder()).ifPresent(v -> {
                String text = v.nonBlankText().orElse("");
                String nearest = Suggestions.nearest(text, KOTS_PROVIDERS).orElseThrow();
                findings.at(v)
                        .message("store_provider '" + text + "' is not a storage provider of Gitpod's KOTS admin "
                                + "console (incluster, s3, gcp or azure): the installer stops with 'unknown storage "
                                + "provider: " + text + "'."
                                + (Suggestions.isLikelyTypo(text, nearest) ? " Did you mean '" + nearest + "'?" : ""))
                        .fix("Set store_provider to incluster, s3, gcp or azure.")
                        .report();
            });
            return;
        }
        ConfigValue at = storage.declaredAt();
        List<RequiredSettings.Setting> required = switch (storage.provider()) {
            case S3 ->
                storage.s3()
                        .map(s3 -> List.of(
                                RequiredSettings.item(KotsItem.STORE_REGION, storage.region()),
                                RequiredSettings.item(KotsItem.STORE_S3_ENDPOINT, s3.endpoint()),
                                RequiredSettings.item(KotsItem.STORE_S3_ACCESS_KEY_ID, s3.accessKey()),
                                RequiredSettings.item(KotsItem.STORE_S3_SECRET_ACCESS_KEY, s3.secretKey())))
                        .orElse(List.of());
            case GCS ->
                storage.gcs()
                        .map(gcs -> List.of(
                                RequiredSettings.item(KotsItem.STORE_REGION, storage.region()),
                                RequiredSettings.item(KotsItem.STORE_GCP_PROJECT, gcs.project()),
                                RequiredSettings.item(KotsItem.STORE_GCP_CREDENTIALS, gcs.credentials())))
                        .orElse(List.of());
            case AZURE ->
                storage.azure()
                        .map(azure -> List.of(
                                RequiredSettings.item(KotsItem.STORE_REGION, storage.region()),
                                RequiredSettings.item(KotsItem.STORE_AZURE_ACCOUNT_NAME, azure.accountName()),
                                RequiredSettings.item(KotsItem.STORE_AZURE_ACCESS_KEY, azure.accessKey())))
                        .orElse(List.of());
            default -> List.of();
        };
        String provider = providerValue.flatMap(ConfigValue::nonBlankText).orElse("");
        String all = Wording.join(
                required.stream().map(RequiredSettings.Setting::name).toList());
        for (RequiredSettings.Missing missing : RequiredSettings.missing(required, at)) {
            String names = Wording.join(missing.names());
            findings.at(missing.at())
                    .message("store_provider is \"" + provider + "\", but " + names
                            + (missing.names().size() == 1 ? " is" : " are") + (missing.blank() ? " empty" : " not set")
                            + ": the KOTS admin console requires " + all + " for this provider.")
                    .fix("Set " + names + ".")
                    .report();
        }
    }
}
