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
                `store_s3_endpoint`, `reg_incluster_storage_s3_endpoint`) with a scheme (allowed for the installer's
                registry endpoint), userinfo, a path or white space.
                """)
            .description("""
                An S3 endpoint that is not a bare `host[:port]`: a scheme (`https://`), userinfo (`key:secret@`), a
                path, or white space. Checks `objectStorage.s3.endpoint` (KOTS `store_s3_endpoint`) when object storage
                is not in-cluster, and the registry backend's `containerRegistry.s3storage.endpoint` (KOTS
                `reg_incluster_storage_s3_endpoint`). A trailing `/` is accepted, and so is `https://` or `http://`
                before the installer's `containerRegistry.s3storage.endpoint`, which docker distribution's S3 driver
                reads as a URL. The message names the component that rejects the value; the fix names the bare host;
                userinfo is never printed.
                """)
            .rationale("""
                Gitpod hands the object-storage endpoint to the MinIO client, which rejects a scheme or a path
                (`Endpoint url cannot have fully qualified paths.`), and its KOTS preflight checks for both endpoints
                connect to `https://<endpoint>` themselves, so those values must be a bare `host[:port]`. The installer
                passes the registry's endpoint to docker distribution's S3 driver as `regionendpoint`, a URL: a scheme
                is fine there, a path or white space is not. Credentials belong in the Secret, never in the endpoint.
                """)
            .fix("""
                Write the endpoint as `host[:port]`, e.g. `s3.eu-west-1.amazonaws.com` or `minio.example.com:9000`.
                """)
            .gitpodSource("install/installer/pkg/common/storage.go", "the endpoint is the MinIO client's `Endpoint`")
            .gitpodSource(
                    "install/installer/pkg/components/docker-registry/helm.go",
                    "the registry's endpoint is docker distribution's `s3.regionEndpoint`")
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

    /** Who reads an endpoint, which decides what it may carry and which component the message names. */
    private enum Reader {
        /** Installer {@code objectStorage.s3.endpoint}: the MinIO client. */
        MINIO("Gitpod's object storage hands it to the MinIO client, which takes a bare host[:port] and rejects a "
                + "scheme or a path ('Endpoint url cannot have fully qualified paths.')."),
        /** Installer {@code containerRegistry.s3storage.endpoint}: docker distribution's S3 driver. */
        REGISTRY("The in-cluster registry (docker distribution's S3 driver) takes it as the base URL of its S3 "
                + "requests: an http:// or https:// scheme is fine there, but a path ends up before the bucket name of "
                + "every request, and white space makes the URL invalid."),
        /** KOTS {@code store_s3_endpoint}: the MinIO client, and the preflight. */
        KOTS_STORAGE(MINIO.consequence + " Gitpod's KOTS preflight check connects to https://<endpoint> as well."),
        /** KOTS {@code reg_incluster_storage_s3_endpoint}: the preflight. */
        KOTS_REGISTRY("Gitpod's KOTS preflight check connects to https://<endpoint>, so a scheme or a path makes it "
                + "fail.");

        private final String consequence;

        Reader(String consequence) {
            this.consequence = consequence;
        }
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        boolean kots = config.format() == GitpodConfig.Format.KOTS;
        Optional<ContainerRegistry.S3Backend> backend = config.registry().s3Backend();
        if (backend.isPresent()) {
            check(backend.get().endpoint(), kots ? Reader.KOTS_REGISTRY : Reader.REGISTRY, findings);
        }
        Optional<ObjectStorage.S3> s3 = config.storage().s3();
        if (config.storage().provider() != ObjectStorage.Provider.IN_CLUSTER && s3.isPresent()) {
            check(s3.get().endpoint(), kots ? Reader.KOTS_STORAGE : Reader.MINIO, findings);
        }
    }

    private static void check(Optional<ConfigValue> setting, Reader reader, FindingSink findings) {
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
        boolean httpScheme =
                endpoint.scheme().equalsIgnoreCase("https") || endpoint.scheme().equalsIgnoreCase("http");
        if (!endpoint.scheme().isEmpty() && !(reader == Reader.REGISTRY && httpScheme)) {
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
        String expected = reader == Reader.REGISTRY && httpScheme ? endpoint.scheme() + "://" + host : host;
        String bare = reader == Reader.REGISTRY ? "a host[:port], optionally after https://" : "a bare host[:port]";
        findings.at(value)
                .message(name + " must be " + bare + ", but it has " + Wording.join(problems) + ". "
                        + reader.consequence)
                .fix(
                        host.isEmpty()
                                ? "Write " + name + " as host[:port]."
                                : "Write " + name + " as " + expected
                                        + (endpoint.hadUserinfo() ? " and keep the credentials in the secret" : "")
                                        + ".")
                .report();
    }
}
