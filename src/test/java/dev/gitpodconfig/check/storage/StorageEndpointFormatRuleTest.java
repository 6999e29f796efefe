package dev.gitpodconfig.check.storage;

import static dev.gitpodconfig.testing.Checks.assertFinding;
import static dev.gitpodconfig.testing.Yaml.kotsValuesWithoutMetadata;
import static dev.gitpodconfig.testing.Yaml.s3ObjectStorage;
import static dev.gitpodconfig.testing.Yaml.s3Registry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Checks;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StorageEndpointFormatRuleTest {

    private static final String RULE = "storage-endpoint-format";
    private static final Checks.Run ONLY = Checks.only(RULE);

    /** objectStorage.s3.endpoint at line 5, column 15. */
    private static String objectStorage(String endpoint) {
        return "apiVersion: v1\n" + s3ObjectStorage(endpoint);
    }

    @ParameterizedTest
    @CsvSource({
        "s3.eu-west-1.amazonaws.com",
        "minio.example.com:9000",
        "s3-provider.com",
        "s3.amazonaws.com/",
        "${ENDPOINT}",
        "'[[ .Endpoint ]]'",
        "''"
    })
    void acceptsBareHostsPlaceholdersAndEmptyValues(String endpoint) {
        ONLY.assertNoFinding(objectStorage(endpoint));
    }

    @Test
    void reportsASchemeAndNamesTheBareHost() {
        Finding finding = ONLY.single(objectStorage("https://s3.eu-west-1.amazonaws.com"));
        assertFinding(finding, RULE, Severity.ERROR, 5, 15, "objectStorage.s3.endpoint");
        assertEquals(
                "objectStorage.s3.endpoint must be a bare host[:port], but it has a scheme (https://). Gitpod's object "
                        + "storage hands it to the MinIO client, which takes a bare host[:port] and rejects a scheme or a path "
                        + "('Endpoint url cannot have fully qualified paths.').",
                finding.message());
        assertEquals("Write objectStorage.s3.endpoint as s3.eu-west-1.amazonaws.com.", finding.fix());
    }

    @Test
    void reportsAPathAndWhiteSpace() {
        Finding path = ONLY.single(objectStorage("minio.example.com:9000/gitpod"));
        assertTrue(path.message().contains("it has a path."), path.message());
        assertEquals("Write objectStorage.s3.endpoint as minio.example.com:9000.", path.fix());
        Finding space = ONLY.single(objectStorage("\"s3.eu-west-1.amazonaws.com \""));
        assertFinding(space, RULE, Severity.ERROR, 5, 15, "objectStorage.s3.endpoint");
        assertTrue(space.message().contains("it has white space."), space.message());
    }

    @Test
    void reportsUserinfoWithoutPrintingIt() {
        Finding finding =
                ONLY.single(objectStorage("https://AKIAEXAMPLEACCESS:example-secret-key@s3.amazonaws.com/bucket"));
        assertFinding(finding, RULE, Severity.ERROR, 5, 15, "objectStorage.s3.endpoint");
        assertTrue(
                finding.message().contains("a scheme (https://), userinfo (credentials before '@') and a path"),
                finding.message());
        assertEquals(
                "Write objectStorage.s3.endpoint as s3.amazonaws.com and keep the credentials in the secret.",
                finding.fix());
        assertFalse((finding.message() + finding.fix()).contains("example-secret-key"));
        assertFalse((finding.message() + finding.fix()).contains("AKIAEXAMPLEACCESS"));
    }

    /** containerRegistry.s3storage.endpoint at line 6, column 15. */
    private static String registryBackend(String endpoint) {
        return s3Registry("eu-west-1", endpoint);
    }

    @ParameterizedTest
    @CsvSource({"https://s3.eu-west-1.amazonaws.com", "http://minio.example.com:9000", "s3.eu-west-1.amazonaws.com"})
    void theRegistryBackendEndpointMayCarryAnHttpScheme(String endpoint) {
        // docker distribution's S3 driver reads it as a URL; only object storage's MinIO client needs a bare host.
        ONLY.assertNoFinding(registryBackend(endpoint));
    }

    @Test
    void checksTheRegistryBackendEndpointAndNamesTheRegistry() {
        Finding finding = ONLY.single(registryBackend("https://s3.eu-west-1.amazonaws.com/registry"));
        assertFinding(finding, RULE, Severity.ERROR, 6, 15, "containerRegistry.s3storage.endpoint");
        assertEquals(
                "containerRegistry.s3storage.endpoint must be a host[:port], optionally after https://, but it has a "
                        + "path. The in-cluster registry (docker distribution's S3 driver) takes it as the base URL of its S3 "
                        + "requests: an http:// or https:// scheme is fine there, but a path ends up before the bucket name of "
                        + "every request, and white space makes the URL invalid.",
                finding.message());
        assertEquals(
                "Write containerRegistry.s3storage.endpoint as https://s3.eu-west-1.amazonaws.com.", finding.fix());
        assertTrue(ONLY.single(registryBackend("ftp://s3.eu-west-1.amazonaws.com"))
                .message()
                .contains("it has a scheme (ftp://)"));
    }

    @Test
    void ignoresEndpointsTheInstallerDoesNotUse() {
        String yaml =
                objectStorage("https://s3.eu-west-1.amazonaws.com").replace("inCluster: false", "inCluster: true");
        ONLY.assertNoFinding(yaml);
    }

    @Test
    void checksKotsEndpoints() {
        String yaml = kotsValuesWithoutMetadata("""
                    reg_incluster_storage:
                      value: s3
                    reg_incluster_storage_s3_endpoint:
                      value: https://s3.eu-west-1.amazonaws.com
                    store_provider:
                      value: s3
                    store_s3_endpoint:
                      value: "minio.internal:9000/ "
                """);
        List<Finding> findings = ONLY.findings(yaml);
        assertEquals(2, findings.size(), findings::toString);
        assertFinding(
                findings.get(0), RULE, Severity.ERROR, 8, 14, "spec.values.reg_incluster_storage_s3_endpoint.value");
        assertFinding(findings.get(1), RULE, Severity.ERROR, 12, 14, "spec.values.store_s3_endpoint.value");
        assertTrue(
                findings.get(0)
                        .message()
                        .endsWith("Gitpod's KOTS preflight check connects to https://<endpoint>, so "
                                + "a scheme or a path makes it fail."),
                findings.get(0).message());
        assertTrue(
                findings.get(1).message().contains("the MinIO client"),
                findings.get(1).message());
        Finding store = ONLY.single(yaml.replace("https://", ""));
        assertEquals("Write store_s3_endpoint as minio.internal:9000.", store.fix());
        assertTrue(
                store.message().startsWith("store_s3_endpoint must be a bare host[:port], but it has white space."),
                store.message());
    }
}
