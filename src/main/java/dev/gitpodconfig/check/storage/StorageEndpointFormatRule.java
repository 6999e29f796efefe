package dev.gitpodconfig.check.storage;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.ContainerRegistry;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.ObjectStorage;
import dev.gitpodconfig.model.RegistryReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code storage-endpoint-format}: an S3 endpoint (object storage, or the in-cluster registry's S3
 * backend) that is not a bare {@code host[:port]}: it has a scheme, userinfo, a path or white space.
 */
public final class StorageEndpointFormatRule extends ConfigRule {

    private static final RuleInfo INFO = RuleInfo.builder("storage-endpoint-format")
            .severity(Severity.ERROR)
            .title("an S3 endpoint with a scheme, userinfo, path or white space")
            .summary("""
                An S3 endpoint (`objectStorage.s3.endpoint`, `containerRegistry.s3storage.endpoint`; KOTS
                `store_s3_endpoint`, `reg_incluster_storage_s3_endpoint`) with a scheme, userinfo, a path or white
                space.
                """)
            .description("""
                An S3 endpoint that is not a bare `host[:port]`: a scheme (`https://`), userinfo (`key:secret@`), a
                path, or white space. Checks `objectStorage.s3.endpoint` (KOTS `store_s3_endpoint`) when object storage
                is not in-cluster, and the registry backend's `containerRegistry.s3storage.endpoint` (KOTS
                `reg_incluster_storage_s3_endpoint`). A trailing `/` is accepted. The fix names the bare host; userinfo
                is never printed.
                """)
            .rationale("""
                Gitpod hands the object-storage endpoint to the MinIO client, which rejects a scheme or a path
                (`Endpoint url cannot have fully qualified paths.`), and its KOTS preflight checks for both endpoints
                connect to `https://<endpoint>` themselves, so the value must be a bare `host[:port]`. Credentials
                belong in the Secret, never in the endpoint.
                """)
            .fix("""
                Write the endpoint as `host[:port]`, e.g. `s3.eu-west-1.amazonaws.com` or `minio.example.com:9000`.
                """)
            .gitpodSource("install/installer/pkg/common/storage.go", "the endpoint is the MinIO client's `Endpoint`")
            .gitpodSource(
                    "components/kots-config-check/storage/entrypoint.sh",
                    "the preflight connects to `https://<endpoint>`")
            .gitpodSource(
                    "components/kots-config-check/registry/entrypoint.sh",
                    "the registry preflight connects to `https://<endpoint>`")
            .source(
                    "minio-go issue #2157: `Endpoint url cannot have fully qualified paths.`",
                    "https://github.com/minio/minio-go/issues/2157")
            .build();

    /** Creates the rule. */
    public StorageEndpointFormatRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        Optional<ContainerRegistry.S3Backend> backend = config.registry().s3Backend();
        if (backend.isPresent()) {
            check(backend.get().endpoint(), findings);
        }
        Optional<ObjectStorage.S3> s3 = config.storage().s3();
        if (config.storage().provider() != ObjectStorage.Provider.IN_CLUSTER && s3.isPresent()) {
            check(s3.get().endpoint(), findings);
        }
    }

    private static void check(Optional<ConfigValue> setting, FindingSink findings) {
        if (setting.isEmpty()) {
            return;
        }
        ConfigValue value = setting.get();
        Optional<String> text = value.text();
        if (text.isEmpty() || text.get().isBlank() || value.isPlaceholder()) {
            return;
        }
        RegistryReference endpoint = RegistryReference.parse(text.get());
        List<String> problems = new ArrayList<>();
        if (!endpoint.scheme().isEmpty()) {
            problems.add("a scheme (" + endpoint.scheme() + "://)");
        }
        if (endpoint.hadUserinfo()) {
            problems.add("userinfo (credentials before '@')");
        }
        if (!endpoint.path().isEmpty()) {
            problems.add("a path");
        }
        if (endpoint.hadWhitespace()) {
            problems.add("white space");
        }
        if (problems.isEmpty()) {
            return;
        }
        String name = Wording.nameOf(value);
        String host = endpoint.hostAndPort();
        findings.at(value)
                .message(name + " must be a bare host[:port], but it has " + Wording.join(problems) + ". The MinIO "
                        + "client rejects such an endpoint ('Endpoint url cannot have fully qualified paths.') and the "
                        + "preflight checks connect to https://<endpoint> themselves.")
                .fix(
                        host.isEmpty()
                                ? "Write " + name + " as host[:port]."
                                : "Write " + name + " as " + host
                                        + (endpoint.hadUserinfo() ? " and keep the credentials in the secret" : "")
                                        + ".")
                .report();
    }
}
