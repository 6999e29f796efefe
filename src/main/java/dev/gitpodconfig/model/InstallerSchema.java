package dev.gitpodconfig.model;

import static dev.gitpodconfig.model.SchemaNode.later;
import static dev.gitpodconfig.model.SchemaNode.listOf;
import static dev.gitpodconfig.model.SchemaNode.mapOf;
import static dev.gitpodconfig.model.SchemaNode.of;
import static dev.gitpodconfig.model.SchemaNode.openMapping;
import static dev.gitpodconfig.model.SchemaNode.struct;

import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.model.SchemaNode.Field;
import dev.gitpodconfig.model.SchemaNode.Type;
import java.util.Optional;

/**
 * The installer config schema of release 2022.11.3, the last Self-Hosted release: every struct of
 * {@code install/installer/pkg/config/v1/config.go} and {@code v1/experimental/experimental.go} with its JSON
 * names, Go types, pointers and validator tags, and the Kubernetes types they use (k8s.io/api v0.24:
 * {@code ObjectMeta}, {@code EnvVar}, {@code ResourceRequirements}, {@code ResourceList}). Two values are not
 * modelled and take anything: the workspace Pod templates ({@code corev1.Pod}) and
 * {@code experimental.agentSmith} (agent-smith's own config). Keys that only other installer builds define are
 * marked, so a file written for another build gets a warning that says so instead of an error.
 */
@SuppressWarnings("BadImport") // the schema reads as a table: of(Type.STRING) is clearer than the qualified names
public final class InstallerSchema {

    private static final String LATER = "added by installers after 2022.11.3 (Gitpod Dedicated)";

    private static final SchemaNode STR = of(Type.STRING);
    private static final SchemaNode BOOL = of(Type.BOOLEAN);
    private static final SchemaNode INT = of(Type.INTEGER, "int");
    private static final SchemaNode INT32 = of(Type.INTEGER, "int32");
    private static final SchemaNode INT64 = of(Type.INTEGER, "int64");
    private static final SchemaNode UINT = of(Type.INTEGER, "uint");
    private static final SchemaNode UINT32 = of(Type.INTEGER, "uint32");
    private static final SchemaNode FLOAT = of(Type.FLOAT);
    private static final SchemaNode QUANTITY = of(Type.QUANTITY);
    private static final SchemaNode DURATION = of(Type.DURATION);
    private static final SchemaNode TIME = of(Type.TIME);
    private static final SchemaNode METAV1_TIME = of(Type.TIME, "v1.Time");
    private static final SchemaNode ANY = of(Type.ANY);
    private static final SchemaNode POD = openMapping();
    private static final SchemaNode STRINGS = listOf(STR);
    private static final SchemaNode STRING_MAP = mapOf(STR);
    private static final SchemaNode RESOURCE_LIST = mapOf(QUANTITY, "v1.ResourceList");

    /** A value field: JSON name, Go name, type, validator tag. */
    private static Field f(String name, String goName, SchemaNode schema, String validate) {
        return new Field(name, schema, null, goName, false, validate);
    }

    private static Field f(String name, SchemaNode schema) {
        return new Field(name, schema, null);
    }

    /** A pointer field: an explicit null makes it nil. */
    private static Field p(String name, String goName, SchemaNode schema, String validate) {
        return new Field(name, schema, null, goName, true, validate);
    }

    private static Field p(String name, SchemaNode schema) {
        return p(name, new Field(name, schema, null).goName(), schema, "");
    }

    /** An embedded struct ({@code json:",inline"}): its fields are promoted. */
    private static Field inline(SchemaNode schema) {
        return new Field("", schema, null, "", false, "");
    }

    private static SchemaNode named(String goType) {
        return of(Type.STRING, goType);
    }

    static final SchemaNode OBJECT_REF = struct(
            "config.ObjectRef",
            f("kind", "Kind", named("config.ObjectRefKind"), "required,objectref_kind"),
            f("name", "Name", STR, "required"));

    private static final SchemaNode RESOURCES = struct(
            "config.Resources",
            f("requests", "Requests", RESOURCE_LIST, "required"),
            f("limits", "Limits", RESOURCE_LIST, ""));

    private static final SchemaNode RESOURCE_REQUIREMENTS =
            struct("v1.ResourceRequirements", f("limits", RESOURCE_LIST), f("requests", RESOURCE_LIST));

    private static SchemaNode keySelector(String goType) {
        return struct(goType, f("name", STR), f("key", STR), p("optional", BOOL));
    }

    private static final SchemaNode CPU_BUCKETS = listOf(struct(
            "cpulimit.Bucket",
            f("budget", of(Type.INTEGER, "cpulimit.CPUTime")),
            f("limit", of(Type.INTEGER, "cpulimit.Bandwidth"))));

    private static SchemaNode workspaceResources(String pkg) {
        return struct(
                pkg + ".WorkspaceResources",
                f("requests", "Requests", RESOURCE_LIST, "required"),
                f(
                        "limits",
                        struct(
                                pkg + ".WorkspaceLimits",
                                f(
                                        "cpu",
                                        struct(
                                                pkg + ".WorkspaceCpuLimits",
                                                f("buckets", CPU_BUCKETS),
                                                f("min", "MinLimit", STR, ""),
                                                f("burst", "BurstLimit", STR, ""))),
                                f("memory", STR),
                                f("storage", STR),
                                f("ephemeral-storage", "EphemeralStorage", STR, ""))));
    }

    private static SchemaNode templates(String pkg) {
        return struct(
                pkg + ".WorkspaceTemplates",
                p("default", POD),
                p("prebuild", POD),
                p("imagebuild", "ImageBuild", POD, ""),
                p("regular", POD));
    }

    private static SchemaNode pvc(String pkg) {
        return struct(
                pkg + ".PersistentVolumeClaim",
                f("size", "Size", QUANTITY, "required"),
                f("storageClass", STR),
                f("snapshotClass", STR));
    }

    private static final SchemaNode SERVICE_TYPE = named("v1.ServiceType");

    private static SchemaNode annotations(String goType) {
        return struct(goType, f("serviceAnnotations", STRING_MAP));
    }

    /** {@code containerRegistry}. */
    public static final SchemaNode CONTAINER_REGISTRY = struct(
            "config.ContainerRegistry",
            p("inCluster", "InCluster", BOOL, "required"),
            p(
                    "external",
                    "External",
                    struct(
                            "config.ContainerRegistryExternal",
                            f("url", "URL", STR, "required"),
                            f("certificate", "Certificate", OBJECT_REF, "required"),
                            later("credentials", OBJECT_REF, LATER + ", December 2022")),
                    "required_if=InCluster false"),
            p(
                    "s3storage",
                    "S3Storage",
                    struct(
                            "config.S3Storage",
                            f("bucket", "Bucket", STR, "required"),
                            f("region", "Region", STR, "required"),
                            f("endpoint", "Endpoint", STR, "required"),
                            f("certificate", "Certificate", OBJECT_REF, "required")),
                    ""),
            f("privateBaseImageAllowList", STRINGS),
            later("enableAdditionalECRAuth", BOOL, LATER + ", August 2023"),
            later("subassemblyBucket", STR, LATER + ", October 2023"));

    /** {@code objectStorage}. */
    public static final SchemaNode OBJECT_STORAGE = struct(
            "config.ObjectStorage",
            p("inCluster", BOOL),
            p(
                    "s3",
                    "S3",
                    struct(
                            "config.ObjectStorageS3",
                            f("endpoint", "Endpoint", STR, "required"),
                            f("credentials", "Credentials", OBJECT_REF, "required"),
                            f("bucket", "BucketName", STR, ""),
                            f("allowInsecureConnection", BOOL)),
                    ""),
            p(
                    "cloudStorage",
                    struct(
                            "config.ObjectStorageCloudStorage",
                            f("serviceAccount", "ServiceAccount", OBJECT_REF, "required"),
                            f("project", "Project", STR, "required"))),
            p("azure", struct("config.ObjectStorageAzure", f("credentials", "Credentials", OBJECT_REF, "required"))),
            p("maximumBackupCount", INT),
            p("blobQuota", INT64),
            p("resources", RESOURCES));

    private static final SchemaNode DATABASE = struct(
            "config.Database",
            p("inCluster", BOOL),
            p("external", struct("config.DatabaseExternal", f("certificate", OBJECT_REF))),
            p(
                    "cloudSQL",
                    "CloudSQL",
                    struct(
                            "config.DatabaseCloudSQL",
                            f("serviceAccount", OBJECT_REF),
                            f("instance", "Instance", STR, "required")),
                    ""),
            p("ssl", "SSL", struct("config.SSLOptions", p("caCert", OBJECT_REF)), ""));

    private static final SchemaNode WORKSPACE = struct(
            "config.Workspace",
            f(
                    "runtime",
                    "Runtime",
                    struct(
                            "config.WorkspaceRuntime",
                            f(
                                    "fsShiftMethod",
                                    "FSShiftMethod",
                                    named("config.FSShiftMethod"),
                                    "required,fs_shift_method"),
                            f("containerdRuntimeDir", "ContainerDRuntimeDir", STR, "required,startswith=/"),
                            f("containerdSocket", "ContainerDSocket", STR, "required,startswith=/"),
                            later("containerdSocketDir", STR, LATER + ", March 2023")),
                    "required"),
            f("resources", "Resources", RESOURCES, "required"),
            p("templates", templates("config")),
            f("prebuildPVC", "PrebuildPVC", pvc("config"), "required"),
            f("pvc", "PVC", pvc("config"), "required"),
            f("maxLifetime", "MaxLifetime", DURATION, "required"),
            p("timeoutDefault", DURATION),
            p("timeoutExtended", DURATION),
            p("timeoutAfterClose", DURATION),
            f("workspaceImage", STR));

    /** The whole config ({@code config.Config}). */
    public static final SchemaNode ROOT = struct(
            "config.Config",
            // Deleted by the installer before decoding (only this exact spelling, only at the top).
            f("apiVersion", ANY),
            f("kind", "Kind", named("config.InstallationKind"), "required,installation_kind"),
            f("domain", "Domain", STR, "required,fqdn"),
            f(
                    "metadata",
                    "Metadata",
                    struct(
                            "config.Metadata",
                            f("region", "Region", STR, "required"),
                            f("shortname", "InstallationShortname", STR, "")),
                    ""),
            f("repository", "Repository", STR, "required,ascii"),
            f(
                    "observability",
                    struct(
                            "config.Observability",
                            f("logLevel", "LogLevel", named("config.LogLevel"), "required,log_level"),
                            p(
                                    "tracing",
                                    struct(
                                            "config.Tracing",
                                            p("endpoint", STR),
                                            p("agentHost", STR),
                                            p("secretName", STR))))),
            p("analytics", struct("config.Analytics", f("segmentKey", STR), f("writer", STR))),
            f("database", "Database", DATABASE, "required"),
            f("objectStorage", "ObjectStorage", OBJECT_STORAGE, "required"),
            f("containerRegistry", "ContainerRegistry", CONTAINER_REGISTRY, "required"),
            f("certificate", "Certificate", OBJECT_REF, "required"),
            p("httpProxy", "HTTPProxy", OBJECT_REF, ""),
            f("imagePullSecrets", listOf(OBJECT_REF)),
            f("workspace", "Workspace", WORKSPACE, "required"),
            f(
                    "openVSX",
                    "OpenVSX",
                    struct(
                            "config.OpenVSX",
                            f("url", "URL", STR, "url"),
                            p(
                                    "proxy",
                                    struct(
                                            "config.Proxy",
                                            f("disablePVC", "DisablePVC", BOOL, ""),
                                            later("serviceAnnotations", STRING_MAP, LATER + ", February 2023")))),
                    ""),
            f("authProviders", "AuthProviders", listOf(OBJECT_REF), "dive"),
            f(
                    "blockNewUsers",
                    struct(
                            "config.BlockNewUsers",
                            f("enabled", BOOL),
                            f("passlist", "Passlist", STRINGS, "block_new_users_passlist"))),
            p("license", OBJECT_REF),
            p("sshGatewayHostKey", "SSHGatewayHostKey", OBJECT_REF, ""),
            f("disableDefinitelyGp", "DisableDefinitelyGP", BOOL, ""),
            p("customCACert", "CustomCACert", OBJECT_REF, ""),
            p("dropImageRepo", BOOL),
            p("customization", SchemaNode.deferred("customization")),
            p(
                    "components",
                    struct(
                            "config.Components",
                            p(
                                    "proxy",
                                    struct(
                                            "config.ProxyComponent",
                                            p(
                                                    "service",
                                                    struct(
                                                            "config.ComponentTypeService",
                                                            p(
                                                                    "serviceType",
                                                                    "ServiceType",
                                                                    SERVICE_TYPE,
                                                                    "omitempty,service_config_type"))))),
                            later("agentSmith", ANY, LATER + ", January 2023"),
                            later("ide", ANY, LATER + ", February 2023"),
                            later("wsDaemon", ANY, "removed in installer 2022.02.0 (2022.01 installers define it)"))),
            p("experimental", SchemaNode.deferred("experimental")),
            later("messageBus", ANY, LATER + ", January 2023"),
            later("telemetry", ANY, LATER + ", January 2023"),
            later("jaegerOperator", ANY, "removed in installer 2022.02.0 (commit a8dd8e42)"));

    /** {@code experimental}: built when a config has it, as few do; it is nearly half the schema. */
    /** {@code experimental}: built when a config has it, as few do; it is nearly half the schema. */
    private static SchemaNode experimental() {
        SchemaNode tracing = struct(
                "experimental.Tracing",
                p(
                        "samplerType",
                        "SamplerType",
                        named("experimental.TracingSampleType"),
                        "omitempty,tracing_sampler_type"),
                p("samplerParam", "SamplerParam", FLOAT, "required_with=SamplerType"));
        SchemaNode workspace = struct(
                "experimental.WorkspaceConfig",
                p("tracing", tracing),
                f("stage", STR),
                f("schedulerName", STR),
                f("hostURL", "HostURL", STR, ""),
                f("workspaceClusterHost", STR),
                f("workspaceURLTemplate", "WorkspaceURLTemplate", STR, ""),
                f("workspacePortURLTemplate", "WorkspacePortURLTemplate", STR, ""),
                // No json tag in the Go source: the key is the Go field name.
                f(
                        "CPULimits",
                        struct(
                                "struct",
                                f("enabled", BOOL),
                                f("nodeBandwidth", "NodeCPUBandwidth", QUANTITY, ""),
                                f("limit", QUANTITY),
                                f("burstLimit", QUANTITY))),
                f(
                        "ioLimits",
                        "IOLimits",
                        struct(
                                "struct",
                                f("writeBandwidthPerSecond", "WriteBWPerSecond", QUANTITY, ""),
                                f("readBandwidthPerSecond", "ReadBWPerSecond", QUANTITY, ""),
                                f("writeIOPS", "WriteIOPS", INT64, ""),
                                f("readIOPS", "ReadIOPS", INT64, "")),
                        ""),
                f(
                        "networkLimits",
                        struct(
                                "struct",
                                f("enabled", BOOL),
                                f("enforce", BOOL),
                                f("connectionsPerMinute", INT64),
                                f("bucketSize", INT64))),
                f("oomScores", "OOMScores", struct("struct", f("enabled", BOOL), f("tier1", INT), f("tier2", INT)), ""),
                f("procLimit", INT64),
                f(
                        "wsManagerRateLimits",
                        "WSManagerRateLimits",
                        mapOf(struct(
                                "grpc.RateLimit",
                                f("block", BOOL),
                                f("bucketSize", UINT),
                                f("refillInterval", DURATION),
                                f("keyCacheSize", UINT),
                                f("key", STR))),
                        ""),
                f(
                        "registryFacade",
                        struct(
                                "struct",
                                f(
                                        "ipfsCache",
                                        "IPFSCache",
                                        struct("struct", f("enabled", BOOL), f("ipfsAddr", "IPFSAddr", STR, "")),
                                        ""),
                                f(
                                        "redisCache",
                                        struct(
                                                "struct",
                                                f("enabled", BOOL),
                                                f("singleHostAddr", "SingleHostAddress", STR, ""),
                                                f("username", STR),
                                                f("passwordSecret", STR),
                                                f("useTLS", "UseTLS", BOOL, ""),
                                                f("insecureSkipVerify", BOOL))),
                                later("containerdConfigDir", STR, LATER + ", June 2024"))),
                f(
                        "wsDaemon",
                        "WSDaemon",
                        struct(
                                "struct",
                                f(
                                        "runtime",
                                        struct(
                                                "struct",
                                                f(
                                                        "nodeToContainerMapping",
                                                        listOf(struct(
                                                                "experimental.NodeToContainerMappingValues",
                                                                f("path", STR),
                                                                f("value", STR))))))),
                        ""),
                f(
                        "classes",
                        "WorkspaceClasses",
                        mapOf(struct(
                                "experimental.WorkspaceClass",
                                f("name", "Name", STR, "required"),
                                f("resources", "Resources", workspaceResources("experimental"), "required"),
                                f("templates", templates("experimental")),
                                f("prebuildPVC", "PrebuildPVC", pvc("experimental"), "required"),
                                f("pvc", "PVC", pvc("experimental"), "required"))),
                        ""),
                f(
                        "wsProxy",
                        "WSProxy",
                        struct(
                                "struct",
                                f("ingressHeader", STR),
                                f("blobServeHost", STR),
                                f("gitpodInstallationHostName", STR),
                                f("gitpodInstallationWorkspaceHostSuffix", STR),
                                f("gitpodInstallationWorkspaceHostSuffixRegex", STR)),
                        ""),
                f("contentService", struct("struct", f("usageReportBucketName", STR))),
                p("enableProtectedSecrets", BOOL));
        SchemaNode stripePrices =
                struct("experimental.StripePriceIDs", f("eur", "EUR", STR, ""), f("usd", "USD", STR, ""));
        SchemaNode server = struct(
                "experimental.ServerConfig",
                f("workspaceDefaults", struct("experimental.WorkspaceDefaults", f("workspaceImage", STR))),
                f(
                        "oauthServer",
                        "OAuthServer",
                        struct("experimental.OAuthServer", f("jwtSecret", "JWTSecret", STR, "")),
                        ""),
                f("session", struct("experimental.Session", f("secret", STR))),
                p(
                        "githubApp",
                        struct(
                                "experimental.GithubApp",
                                f("appId", INT32),
                                f("authProviderId", STR),
                                f("baseUrl", STR),
                                f("certPath", STR),
                                f("enabled", BOOL),
                                f("logLevel", STR),
                                f("marketplaceName", STR),
                                f("webhookSecret", STR),
                                f("certSecretName", STR))),
                f("chargebeeSecret", STR),
                f("stripeSecret", STR),
                f("stripeConfig", STR),
                f("disableDynamicAuthProviderLogin", BOOL),
                p("enableLocalApp", BOOL),
                p("runDbDeleter", BOOL),
                f("disableWorkspaceGarbageCollection", BOOL),
                p("inactivityPeriodForReposInDays", INT),
                f("defaultBaseImageRegistryWhitelist", "DefaultBaseImageRegistryWhiteList", STRINGS, ""));
        SchemaNode webapp = struct(
                "experimental.WebAppConfig",
                p("publicApi", "PublicAPI", struct("experimental.PublicAPIConfig", f("stripeSecretName", STR)), ""),
                p("server", server),
                p(
                        "proxy",
                        "ProxyConfig",
                        struct(
                                "experimental.ProxyConfig",
                                f("staticIP", "StaticIP", STR, ""),
                                f("serviceAnnotations", STRING_MAP),
                                p("serviceType", "ServiceType", SERVICE_TYPE, "omitempty,service_config_type"),
                                p(
                                        "configcat",
                                        struct(
                                                "experimental.ConfigcatProxyConfig",
                                                f("baseUrl", STR),
                                                f("pollInterval", STR)))),
                        ""),
                p(
                        "wsManagerBridge",
                        "WorkspaceManagerBridge",
                        struct("experimental.WsManagerBridgeConfig", f("skipSelf", BOOL)),
                        ""),
                p("tracing", tracing),
                f("usePodAntiAffinity", BOOL),
                f("disableMigration", BOOL),
                p(
                        "usage",
                        struct(
                                "experimental.UsageConfig",
                                f("enabled", BOOL),
                                f("schedule", STR),
                                f("resetUsageSchedule", STR),
                                p("billInstancesAfter", TIME),
                                p(
                                        "defaultSpendingLimit",
                                        struct(
                                                "db.DefaultSpendingLimit",
                                                f("forTeams", INT32),
                                                f("forUsers", INT32),
                                                f("minForUsersOnStripe", INT32))),
                                f("creditsPerMinuteByWorkspaceClass", mapOf(FLOAT)))),
                f("configcatKey", STR),
                f(
                        "workspaceClasses",
                        listOf(struct(
                                "experimental.WebAppWorkspaceClass",
                                f("id", STR),
                                f("category", STR),
                                f("displayName", STR),
                                f("description", STR),
                                f("powerups", "PowerUps", UINT32, ""),
                                f("isDefault", BOOL),
                                f("deprecated", BOOL),
                                f("marker", mapOf(BOOL)),
                                p("credits", struct("experimental.WorkspaceClassCredits", f("perMinute", FLOAT)))))),
                p(
                        "stripe",
                        struct(
                                "experimental.StripeConfig",
                                f("individualUsagePriceIds", "IndividualUsagePriceIDs", stripePrices, ""),
                                f("teamUsagePriceIds", "TeamUsagePriceIDs", stripePrices, ""))),
                f("slowDatabase", BOOL),
                later("spicedb", ANY, LATER + ", January 2023"));
        return struct(
                "experimental.Config",
                p("workspace", workspace),
                p("webapp", "WebApp", webapp, ""),
                p(
                        "ide",
                        "IDE",
                        struct(
                                "experimental.IDEConfig",
                                p("resolveLatest", BOOL),
                                p("ideProxy", "IDEProxyConfig", annotations("experimental.IDEProxyConfig"), ""),
                                p("openvsxProxy", "VSXProxyConfig", annotations("experimental.VSXProxyConfig"), ""),
                                p(
                                        "ideMetrics",
                                        "IDEMetricsConfig",
                                        struct("experimental.IDEMetricsConfig", f("enabledErrorReporting", BOOL)),
                                        "")),
                        ""),
                p(
                        "common",
                        struct(
                                "experimental.CommonConfig",
                                f(
                                        "podConfig",
                                        mapOf(struct(
                                                "experimental.PodConfig",
                                                p("replicas", INT32),
                                                f("resources", mapOf(RESOURCE_REQUIREMENTS))))),
                                f("staticMessagebusPassword", STR),
                                f("usePodSecurityPolicies", BOOL))),
                p("telemetry", struct("experimental.TelemetryConfig", f("data", struct("struct", f("platform", STR))))),
                // agent-smith's own config type (agent-smith/pkg/config): not modelled here.
                p("agentSmith", ANY),
                later("overrides", ANY, LATER + ", January 2023"));
    }

    /** {@code customization}, with the Kubernetes types it uses: built when a config has it. */
    /** {@code customization}, with the Kubernetes types only it uses: built when a config has it. */
    private static SchemaNode customization() {
        SchemaNode typeMeta = struct("v1.TypeMeta", f("kind", STR), f("apiVersion", "APIVersion", STR, ""));
        SchemaNode objectMeta = struct(
                "v1.ObjectMeta",
                f("name", STR),
                f("generateName", STR),
                f("namespace", STR),
                f("selfLink", STR),
                f("uid", "UID", STR, ""),
                f("resourceVersion", STR),
                f("generation", INT64),
                f("creationTimestamp", METAV1_TIME),
                p("deletionTimestamp", METAV1_TIME),
                p("deletionGracePeriodSeconds", INT64),
                f("labels", STRING_MAP),
                f("annotations", STRING_MAP),
                f(
                        "ownerReferences",
                        listOf(struct(
                                "v1.OwnerReference",
                                f("apiVersion", "APIVersion", STR, ""),
                                f("kind", STR),
                                f("name", STR),
                                f("uid", "UID", STR, ""),
                                p("controller", BOOL),
                                p("blockOwnerDeletion", BOOL)))),
                f("finalizers", STRINGS),
                f("clusterName", STR),
                f(
                        "managedFields",
                        listOf(struct(
                                "v1.ManagedFieldsEntry",
                                f("manager", STR),
                                f("operation", named("v1.ManagedFieldsOperationType")),
                                f("apiVersion", "APIVersion", STR, ""),
                                p("time", METAV1_TIME),
                                f("fieldsType", STR),
                                p("fieldsV1", "FieldsV1", ANY, ""),
                                f("subresource", STR)))));
        SchemaNode envVar = struct(
                "v1.EnvVar",
                f("name", STR),
                f("value", STR),
                p(
                        "valueFrom",
                        struct(
                                "v1.EnvVarSource",
                                p(
                                        "fieldRef",
                                        struct(
                                                "v1.ObjectFieldSelector",
                                                f("apiVersion", "APIVersion", STR, ""),
                                                f("fieldPath", STR))),
                                p(
                                        "resourceFieldRef",
                                        struct(
                                                "v1.ResourceFieldSelector",
                                                f("containerName", STR),
                                                f("resource", STR),
                                                f("divisor", QUANTITY))),
                                p("configMapKeyRef", keySelector("v1.ConfigMapKeySelector")),
                                p("secretKeyRef", keySelector("v1.SecretKeySelector")))));
        return listOf(struct(
                "config.Customization",
                inline(typeMeta),
                f("metadata", objectMeta),
                f("spec", struct("config.CustomizationSpec", f("env", listOf(envVar))))));
    }

    /**
     * Builds a part of the schema that {@link SchemaNode#deferred} stands for.
     *
     * @param part the part's name, as the field that holds it is called
     * @return the part
     */
    static SchemaNode deferredPart(String part) {
        return switch (part) {
            case "experimental" -> experimental();
            case "customization" -> customization();
            default -> throw new IllegalArgumentException("no deferred part " + part);
        };
    }

    private InstallerSchema() {}

    /** Any value: what a value that is not modelled (a Pod template) decodes as. */
    static SchemaNode anyValue() {
        return ANY;
    }

    /**
     * The note for a value that 2022.11.3 rejects but another installer build reads in that shape, or empty.
     * One such shape is known: installer builds of August 2022 (commit cdab4051) read
     * {@code workspace.resources.limits.cpu} as {@code {buckets, min, burst}}; 2022.11.3 reads every limit as a
     * Kubernetes quantity.
     *
     * @param path the value's path from the config's root, e.g. {@code workspace.resources.limits.cpu}
     * @param value the value
     * @return e.g. "read by installer builds of August 2022 (commit cdab4051) as CPU limits with min and burst"
     */
    public static Optional<String> otherBuildShape(String path, YamlNode value) {
        if (!path.equals("workspace.resources.limits.cpu") || !(value instanceof YamlMapping mapping)) {
            return Optional.empty();
        }
        for (YamlMapping.Entry entry : mapping.entries()) {
            String key = entry.key().value();
            if (!key.equalsIgnoreCase("min") && !key.equalsIgnoreCase("burst") && !key.equalsIgnoreCase("buckets")) {
                return Optional.empty();
            }
        }
        return Optional.of(
                "read by installer builds of August 2022 (commit cdab4051) as CPU limits with min, burst and buckets");
    }

    /**
     * Whether a key is a top-level installer key of any installer build this plugin knows.
     *
     * @param key the key
     * @return true if known
     */
    public static boolean isTopLevelKey(String key) {
        return ROOT.fields().containsKey(key);
    }
}
