package dev.gitpodconfig.check.storage;

import static dev.gitpodconfig.testing.Checks.assertFinding;
import static dev.gitpodconfig.testing.Yaml.kotsValuesWithoutMetadata;
import static dev.gitpodconfig.testing.Yaml.s3ObjectStorage;
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
                "objectStorage.s3.endpoint must be a bare host[:port], but it has a scheme (https://). The MinIO client "
                        + "rejects such an endpoint ('Endpoint url cannot have fully qualified paths.') and the preflight checks connect "
                        + "to https://<endpoint> themselves.",
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

    @Test
    void checksTheRegistryBackendEndpoint() {
        String yaml = """
                containerRegistry:
                  inCluster: true
                  s3storage:
                    bucket: registry
                    region: eu-west-1
                    endpoint: http://s3.eu-west-1.amazonaws.com
                """;
        assertFinding(ONLY.single(yaml), RULE, Severity.ERROR, 6, 15, "containerRegistry.s3storage.endpoint");
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
        Finding store = ONLY.single(yaml.replace("https://", ""));
        assertEquals("Write store_s3_endpoint as minio.internal:9000.", store.fix());
        assertTrue(
                store.message().startsWith("store_s3_endpoint must be a bare host[:port], but it has white space."),
                store.message());
    }
}
