package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.check.storage.S3EndpointRegionCheck;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.model.AwsRegions;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.ContainerRegistry;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.ObjectStorage;
import dev.gitpodconfig.model.RegistryHostClassifier;
import dev.gitpodconfig.model.RegistryReference;
import dev.gitpodconfig.model.RegistryVendor;
import dev.gitpodconfig.model.S3Endpoint;
import java.util.Optional;

/**
 * {@code registry-aws-in-cluster-s3}: the install is on AWS, but the in-cluster registry keeps its
 * images on a volume instead of in S3, against Gitpod's recommendation for AWS.
 */
public final class RegistryAwsInClusterS3Rule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("registry-aws-in-cluster-s3")
            .severity(Severity.WARNING)
            .title("an install on AWS whose in-cluster registry has no S3 backend")
            .summary("""
                The install is on AWS (AWS S3 object storage, an Amazon ECR host anywhere in the config, or an AWS
                Region in an S3 block), but the in-cluster registry has no S3 backend.
                """)
            .description("""
                An install on AWS whose in-cluster registry has no S3 backend. Signs of AWS, of which the first found is
                named: S3 object storage on an AWS endpoint (also KOTS's pre-filled `store_s3_endpoint`), an Amazon ECR
                host anywhere in the configuration (`repository:` included), or an AWS Region other than `us-east-1` in
                the S3 object-storage settings (`us-east-1` is MinIO's default, so it proves nothing).

                Reported at `containerRegistry.inCluster` (KOTS `reg_incluster`), or where the registry settings would
                be. Not reported for an external registry (the registry rules cover it), nor when a KOTS file asks for
                S3 the 2022.03-04 way (`registry-s3-incomplete` reports that).
                """)
            .rationale("""
                Gitpod's guidance for AWS: ECR is not supported, and "When using AWS, you should select an in-cluster
                registry and use S3 as your in-cluster storage provider. This will use the in-cluster registry as a
                facade for an S3 bucket where all the images will be stored." Without it the registry keeps every
                workspace image on one persistent volume inside the cluster.
                """)
            .fix("""
                Back the in-cluster registry with an S3 bucket: `containerRegistry.s3storage` (KOTS:
                `reg_incluster_storage` `"s3"` and its items); the message fills in the Region and endpoint when the
                configuration names them.
                """)
            .gitpodDocs("Amazon ECR", "amazon-elastic-container-registry-ecr")
            .gitpodSource(
                    "install/kots/manifests/kots-config.yaml",
                    "the help text of `reg_incluster_storage`, recommended for AWS users instead of ECR")
            .gitpodSource(
                    "install/installer/pkg/components/docker-registry/helm.go",
                    "without `s3storage` the registry stores images on a persistent volume")
            .build();

    /** Creates the rule. */
    public RegistryAwsInClusterS3Rule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        ContainerRegistry registry = config.registry();
        if (!registry.inCluster()
                || registry.s3Backend().isPresent()
                || registry.legacyS3Storage()
                        .filter(ContainerRegistry.LegacyS3Storage::requested)
                        .isPresent()) {
            return; // an external registry has its own rules; a legacy S3 request is registry-s3-incomplete's
        }
        awsEvidence(config, target.registryHosts()).ifPresent(evidence -> {
            Optional<String> region = exampleRegion(config);
            String endpoint = region.map(AwsRegions::s3Endpoint).orElse("s3.<region>.amazonaws.com");
            String fix = config.format() == GitpodConfig.Format.KOTS
                    ? "Set reg_incluster_storage to \"s3\" and set reg_incluster_storage_s3_region ("
                            + region.orElse("the bucket's Region") + "), reg_incluster_storage_s3_endpoint (" + endpoint
                            + "), reg_incluster_storage_s3_bucketname, reg_incluster_storage_s3_accesskey and "
                            + "reg_incluster_storage_s3_secretkey."
                    : "Add containerRegistry.s3storage with bucket, region (" + region.orElse("the bucket's Region")
                            + "), endpoint (" + endpoint
                            + ") and certificate (a secret with s3AccessKey and s3SecretKey).";
            findings.at(registry.inClusterValue().orElse(registry.declaredAt()))
                    .message("This install runs on AWS (" + evidence + "), but the in-cluster registry has no S3 "
                            + "backend, so it keeps all workspace images on a persistent volume in the cluster. Gitpod "
                            + "recommends for AWS: since ECR is not supported, use the in-cluster registry with S3 as "
                            + "its storage provider, a facade for an S3 bucket where all images are stored.")
                    .fix(fix)
                    .report();
        });
    }

    /** The first sign that the install is on AWS, described for the message. */
    private static Optional<String> awsEvidence(GitpodConfig config, RegistryHostClassifier hosts) {
        ObjectStorage storage = config.storage();
        Optional<ConfigValue> endpoint = storage.provider() == ObjectStorage.Provider.S3
                ? storage.s3().flatMap(ObjectStorage.S3::endpoint)
                : Optional.empty();
        Optional<String> awsEndpoint = endpoint.flatMap(ConfigValue::checkableText)
                .map(S3Endpoint::parse)
                .filter(S3Endpoint::isAws)
                .map(S3Endpoint::hostAndPort);
        if (awsEndpoint.isPresent()) {
            return Optional.of(Wording.nameOf(endpoint.get()) + " is the AWS endpoint " + awsEndpoint.get()
                    + (endpoint.get().isDefault() ? ", pre-filled by KOTS" : ""));
        }
        for (ConfigValue value : config.values(RegistryAwsInClusterS3Rule::mayNameAws)) {
            Optional<String> text = value.checkableText().filter(t -> t.contains("amazonaws") || t.contains(".on.aws"));
            if (text.isPresent() && hosts.classify(RegistryReference.parse(text.get())) == RegistryVendor.AMAZON_ECR) {
                return Optional.of(Wording.nameOf(value) + " names an Amazon ECR registry");
            }
        }
        Optional<ConfigValue> region =
                storage.provider() == ObjectStorage.Provider.S3 ? storage.region() : Optional.empty();
        return S3EndpointRegionCheck.awsRegion(region)
                .filter(r -> !r.equals("us-east-1"))
                .map(r -> "the S3 object storage's region " + Wording.nameOf(region.get()) + " is the AWS Region " + r);
    }

    /**
     * Only values that can name AWS get their path built: a 2 MB document holds hundreds of thousands of
     * values, each path up to kilobytes long.
     */
    private static boolean mayNameAws(YamlNode node) {
        return node instanceof YamlScalar scalar
                && (scalar.value().contains("amazonaws") || scalar.value().contains(".on.aws"));
    }

    private static Optional<String> exampleRegion(GitpodConfig config) {
        Optional<String> region =
                S3EndpointRegionCheck.awsRegion(config.storage().region());
        if (region.isPresent()) {
            return region;
        }
        return config.storage()
                .s3()
                .flatMap(ObjectStorage.S3::endpoint)
                .flatMap(ConfigValue::checkableText)
                .map(S3Endpoint::parse)
                .filter(e -> e.form() != S3Endpoint.Form.GLOBAL)
                .flatMap(S3Endpoint::region)
                .filter(AwsRegions::isKnown);
    }
}
