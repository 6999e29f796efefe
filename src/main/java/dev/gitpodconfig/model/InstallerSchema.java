package dev.gitpodconfig.model;

import static dev.gitpodconfig.model.SchemaNode.field;
import static dev.gitpodconfig.model.SchemaNode.later;
import static dev.gitpodconfig.model.SchemaNode.listOf;
import static dev.gitpodconfig.model.SchemaNode.of;
import static dev.gitpodconfig.model.SchemaNode.openMapping;
import static dev.gitpodconfig.model.SchemaNode.strictMapping;

import dev.gitpodconfig.model.SchemaNode.Type;

/**
 * The installer config schema of release 2022.11.3, the last Self-Hosted release
 * ({@code install/installer/pkg/config/v1/config.go} at commit 9ae8bfde). The container-registry,
 * object-storage and database parts are modelled completely, since those are what this plugin checks; the rest of
 * the top level is known by name only. Keys that only later installers define are marked, so a file
 * written for a newer Gitpod gets a warning that says so instead of an error.
 */
@SuppressWarnings("BadImport") // the schema reads as a table: of(Type.STRING) is clearer than the qualified names
public final class InstallerSchema {

    private static final SchemaNode OBJECT_REF =
            strictMapping(field("kind", of(Type.STRING)), field("name", of(Type.STRING)));

    private static final String AFTER_SELF_HOSTED = "added by installers after 2022.11.3 (Gitpod Dedicated)";

    /** {@code containerRegistry}. */
    public static final SchemaNode CONTAINER_REGISTRY = strictMapping(
            field("inCluster", of(Type.BOOLEAN)),
            field(
                    "external",
                    strictMapping(
                            field("url", of(Type.STRING)),
                            field("certificate", OBJECT_REF),
                            later("credentials", OBJECT_REF, AFTER_SELF_HOSTED + ", December 2022"))),
            field(
                    "s3storage",
                    strictMapping(
                            field("bucket", of(Type.STRING)),
                            field("region", of(Type.STRING)),
                            field("endpoint", of(Type.STRING)),
                            field("certificate", OBJECT_REF))),
            field("privateBaseImageAllowList", listOf(of(Type.STRING))),
            later("enableAdditionalECRAuth", of(Type.BOOLEAN), AFTER_SELF_HOSTED + ", August 2023"),
            later("subassemblyBucket", of(Type.STRING), AFTER_SELF_HOSTED + ", October 2023"));

    /** {@code objectStorage}. */
    public static final SchemaNode OBJECT_STORAGE = strictMapping(
            field("inCluster", of(Type.BOOLEAN)),
            field(
                    "s3",
                    strictMapping(
                            field("endpoint", of(Type.STRING)),
                            field("credentials", OBJECT_REF),
                            field("bucket", of(Type.STRING)),
                            field("allowInsecureConnection", of(Type.BOOLEAN)))),
            field(
                    "cloudStorage",
                    strictMapping(field("serviceAccount", OBJECT_REF), field("project", of(Type.STRING)))),
            field("azure", strictMapping(field("credentials", OBJECT_REF))),
            field("maximumBackupCount", of(Type.INTEGER)),
            field("blobQuota", of(Type.INTEGER)),
            field("resources", openMapping()));

    /** {@code database}. */
    public static final SchemaNode DATABASE = strictMapping(
            field("inCluster", of(Type.BOOLEAN)),
            field("external", strictMapping(field("certificate", OBJECT_REF))),
            field("cloudSQL", strictMapping(field("serviceAccount", OBJECT_REF), field("instance", of(Type.STRING)))),
            field("ssl", strictMapping(field("caCert", OBJECT_REF))));

    /** The whole document: the top level is open except for the modelled subtrees. */
    public static final SchemaNode ROOT = openMapping(
            field("apiVersion", of(Type.STRING)),
            field("kind", of(Type.STRING)),
            field("domain", of(Type.STRING)),
            field("metadata", openMapping(field("region", of(Type.STRING)), field("shortname", of(Type.STRING)))),
            field("repository", of(Type.STRING)),
            field("observability", of(Type.ANY)),
            field("analytics", of(Type.ANY)),
            field("database", DATABASE),
            field("objectStorage", OBJECT_STORAGE),
            field("containerRegistry", CONTAINER_REGISTRY),
            field("certificate", OBJECT_REF),
            field("httpProxy", of(Type.ANY)),
            field("imagePullSecrets", of(Type.ANY)),
            field("workspace", of(Type.ANY)),
            field("openVSX", of(Type.ANY)),
            field("authProviders", of(Type.ANY)),
            field("blockNewUsers", of(Type.ANY)),
            field("license", of(Type.ANY)),
            field("sshGatewayHostKey", of(Type.ANY)),
            field("disableDefinitelyGp", of(Type.ANY)),
            field("customCACert", of(Type.ANY)),
            field("dropImageRepo", of(Type.ANY)),
            field("customization", of(Type.ANY)),
            field("experimental", of(Type.ANY)),
            later("components", of(Type.ANY), "not part of the 2022.11.3 schema (other installer versions define it)"),
            later("messageBus", of(Type.ANY), AFTER_SELF_HOSTED + ", January 2023"),
            later("telemetry", of(Type.ANY), AFTER_SELF_HOSTED + ", January 2023"));

    /** Top-level keys that earlier installers had and 2022.11.3 rejects, with when they went. */
    public static final java.util.Map<String, String> REMOVED_TOP_LEVEL_KEYS =
            java.util.Map.of("jaegerOperator", "removed in installer 2022.02.0 (commit a8dd8e42)");

    private InstallerSchema() {}

    /**
     * Whether a key is a top-level installer key of any release this plugin knows.
     *
     * @param key the key
     * @return true if known
     */
    public static boolean isTopLevelKey(String key) {
        return ROOT.fields().containsKey(key);
    }
}
