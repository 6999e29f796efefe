package dev.gitpodconfig.schema;

import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Rules;
import dev.gitpodconfig.report.ToolInfo;
import java.util.List;
import java.util.Map;

/**
 * Which rules look at which keys, so that an editor shows a key's rules where the user writes it: the rules that
 * check a registry, storage, database, certificate or Secret setting, by installer path and by KOTS item. The rules
 * every key has ({@code config-unknown-key}, {@code config-wrong-type}, {@code config-invalid-value}) are the schema
 * itself, and are not listed.
 */
final class RuleKeys {

    private static final List<String> SECRET = List.of("secret-required-keys", "secret-name-unknown");
    private static final List<String> EXTERNAL_URL = List.of(
            "registry-ecr-unsupported",
            "registry-gitlab-unsupported",
            "registry-gcr-server",
            "registry-gar-url",
            "registry-gar-server",
            "registry-url-format",
            "registry-external-missing");

    /** Installer paths ({@code []} for any list item) to the rules that check them. */
    static final Map<String, List<String>> INSTALLER = Map.ofEntries(
            Map.entry("kind", List.of("config-unknown-kind")),
            Map.entry("metadata.region", List.of("storage-s3-endpoint-region")),
            Map.entry("certificate", concat(List.of("certificate-domain", "certificate-expiry"), SECRET)),
            Map.entry("containerRegistry", List.of("registry-aws-in-cluster-s3")),
            Map.entry("containerRegistry.inCluster", List.of("registry-external-missing", "config-ignored-block")),
            Map.entry("containerRegistry.external", List.of("registry-external-missing", "config-ignored-block")),
            Map.entry("containerRegistry.external.url", concat(EXTERNAL_URL, List.of("registry-credentials-host"))),
            Map.entry(
                    "containerRegistry.external.certificate",
                    concat(List.of("registry-credentials-host", "registry-gcr-server", "registry-gar-server"), SECRET)),
            Map.entry(
                    "containerRegistry.s3storage",
                    List.of("registry-s3-incomplete", "registry-aws-in-cluster-s3", "config-ignored-block")),
            Map.entry("containerRegistry.s3storage.bucket", List.of("registry-s3-incomplete")),
            Map.entry(
                    "containerRegistry.s3storage.region",
                    List.of("registry-s3-endpoint-region", "registry-s3-incomplete")),
            Map.entry(
                    "containerRegistry.s3storage.endpoint",
                    List.of("registry-s3-endpoint-region", "storage-endpoint-format", "registry-s3-incomplete")),
            Map.entry("containerRegistry.s3storage.certificate", concat(List.of("registry-s3-incomplete"), SECRET)),
            Map.entry("objectStorage.inCluster", List.of("storage-provider-incomplete", "config-ignored-block")),
            Map.entry("objectStorage.s3", List.of("storage-provider-incomplete", "config-ignored-block")),
            Map.entry(
                    "objectStorage.s3.endpoint",
                    List.of("storage-endpoint-format", "storage-s3-endpoint-region", "storage-provider-incomplete")),
            Map.entry("objectStorage.s3.credentials", concat(List.of("storage-provider-incomplete"), SECRET)),
            Map.entry("objectStorage.cloudStorage", List.of("storage-provider-incomplete", "config-ignored-block")),
            Map.entry("objectStorage.cloudStorage.project", List.of("storage-provider-incomplete")),
            Map.entry(
                    "objectStorage.cloudStorage.serviceAccount",
                    concat(List.of("storage-provider-incomplete"), SECRET)),
            Map.entry("objectStorage.azure", List.of("storage-provider-incomplete", "config-ignored-block")),
            Map.entry("objectStorage.azure.credentials", concat(List.of("storage-provider-incomplete"), SECRET)),
            Map.entry("domain", List.of("certificate-domain")),
            Map.entry("database.inCluster", List.of("database-external-missing")),
            Map.entry("database.external.certificate", SECRET),
            Map.entry("database.cloudSQL.instance", List.of("database-cloudsql-instance")),
            Map.entry("database.cloudSQL.serviceAccount", SECRET),
            Map.entry("database.ssl.caCert", SECRET),
            Map.entry("customCACert", SECRET),
            Map.entry("license", SECRET),
            Map.entry("authProviders[]", SECRET),
            Map.entry("sshGatewayHostKey", List.of("secret-name-unknown")));

    private static final List<String> REGISTRY_S3 = List.of("registry-s3-incomplete");
    private static final List<String> STORAGE = List.of("storage-provider-incomplete");
    private static final List<String> DATABASE = List.of("database-external-missing");
    private static final List<String> LEGACY = List.of("registry-s3-incomplete", "config-unknown-key");

    /** KOTS item names to the rules that check them. */
    static final Map<String, List<String>> KOTS = Map.ofEntries(
            Map.entry(
                    "reg_incluster",
                    List.of("registry-external-missing", "registry-aws-in-cluster-s3", "config-ignored-block")),
            Map.entry("reg_url", concat(EXTERNAL_URL, List.of("config-ignored-block"))),
            Map.entry(
                    "reg_server",
                    List.of(
                            "registry-ecr-unsupported",
                            "registry-gitlab-unsupported",
                            "registry-gcr-server",
                            "registry-gar-server",
                            "registry-url-format",
                            "config-ignored-block")),
            Map.entry("reg_username", List.of("registry-external-missing")),
            Map.entry("reg_password", List.of("registry-external-missing")),
            Map.entry("reg_incluster_storage", List.of("registry-s3-incomplete", "registry-aws-in-cluster-s3")),
            Map.entry(
                    "reg_incluster_storage_s3_region",
                    List.of("registry-s3-endpoint-region", "registry-s3-incomplete")),
            Map.entry(
                    "reg_incluster_storage_s3_endpoint",
                    List.of("registry-s3-endpoint-region", "storage-endpoint-format", "registry-s3-incomplete")),
            Map.entry("reg_incluster_storage_s3_bucketname", REGISTRY_S3),
            Map.entry("reg_incluster_storage_s3_accesskey", REGISTRY_S3),
            Map.entry("reg_incluster_storage_s3_secretkey", REGISTRY_S3),
            Map.entry("store_provider", STORAGE),
            Map.entry("store_region", List.of("storage-provider-incomplete", "storage-s3-endpoint-region")),
            Map.entry(
                    "store_s3_endpoint",
                    List.of("storage-endpoint-format", "storage-s3-endpoint-region", "storage-provider-incomplete")),
            Map.entry("store_s3_access_key_id", STORAGE),
            Map.entry("store_s3_secret_access_key", STORAGE),
            Map.entry("store_gcp_project", STORAGE),
            Map.entry("store_gcp_credentials", STORAGE),
            Map.entry("store_azure_account_name", STORAGE),
            Map.entry("store_azure_access_key", STORAGE),
            Map.entry("db_incluster", List.of("database-external-missing")),
            Map.entry("db_cloudsql_enabled", List.of("database-external-missing")),
            Map.entry("db_cloudsql_instance", List.of("database-cloudsql-instance", "database-external-missing")),
            Map.entry("db_host", DATABASE),
            Map.entry("db_port", DATABASE),
            Map.entry("db_username", DATABASE),
            Map.entry("db_password", DATABASE),
            Map.entry("db_gcp_credentials", DATABASE),
            Map.entry("reg_s3storage", LEGACY),
            Map.entry("reg_bucketname", LEGACY),
            Map.entry("reg_accesskey", LEGACY),
            Map.entry("reg_secretkey", LEGACY));

    private RuleKeys() {}

    /**
     * The lines that name a key's rules: each rule's id, its summary and the address of its documentation.
     *
     * @param ruleIds the rules, from {@link #INSTALLER} or {@link #KOTS}; null for none
     * @param tool where the rules are documented
     * @return one line per rule, empty for none
     */
    static List<String> lines(List<String> ruleIds, ToolInfo tool) {
        if (ruleIds == null) {
            return List.of();
        }
        return ruleIds.stream()
                .map(id -> {
                    RuleInfo info = Rules.byId(id)
                            .orElseThrow(() -> new IllegalStateException("no rule " + id))
                            .info();
                    // Backticks mark code on the catalogue page; an editor shows the text as it is.
                    return "Rule " + id + ": " + info.summary().replace("`", "") + " " + tool.helpUri(id);
                })
                .toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
