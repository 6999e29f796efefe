package dev.gitpodconfig.check.registry;

import static dev.gitpodconfig.testing.Checks.assertFixContains;
import static dev.gitpodconfig.testing.Checks.assertMessageContains;
import static dev.gitpodconfig.testing.Checks.assertNoFinding;
import static dev.gitpodconfig.testing.Checks.assertSingle;
import static dev.gitpodconfig.testing.Checks.single;
import static dev.gitpodconfig.testing.Yaml.INSTALLER_URL_COLUMN;
import static dev.gitpodconfig.testing.Yaml.INSTALLER_URL_LINE;
import static dev.gitpodconfig.testing.Yaml.KOTS_URL_COLUMN;
import static dev.gitpodconfig.testing.Yaml.KOTS_URL_LINE;
import static dev.gitpodconfig.testing.Yaml.installerExternal;
import static dev.gitpodconfig.testing.Yaml.kotsExternal;
import static dev.gitpodconfig.testing.Yaml.kotsExternalRegistry;
import static dev.gitpodconfig.testing.Yaml.kotsValues;
import static dev.gitpodconfig.testing.Yaml.kotsValuesWithoutMetadata;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.testing.Checks;
import dev.gitpodconfig.testing.Yaml;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryEcrUnsupportedRuleTest {

    private static final String RULE = "registry-ecr-unsupported";
    private static final String ECR = "123456789012.dkr.ecr.eu-west-1.amazonaws.com";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod",
                "318804062415.dkr.ecr.cn-northwest-1.amazonaws.com.cn",
                "123456789012.dkr.ecr-fips.us-east-2.amazonaws.com",
                "123456789012.dkr-ecr.us-east-2.on.aws",
                "123456789012.dkr-ecr-fips.us-east-2.on.aws",
                "123456789012.dkr.ecr.us-gov-west-1.amazonaws.com",
                "public.ecr.aws/my-alias",
                "123456789012.DKR.ECR.EU-WEST-1.AMAZONAWS.COM",
                "123456789012.dkr.ecr.eu-west-1.amazonaws.com:443/gitpod"
            })
    void installerExternalEcrIsAnError(String url) {
        Finding finding = assertSingle(
                installerExternal(url),
                RULE,
                Severity.ERROR,
                INSTALLER_URL_LINE,
                INSTALLER_URL_COLUMN,
                "containerRegistry.external.url");
        assertTrue(finding.message().startsWith("Amazon ECR cannot be Gitpod's registry"), finding.message());
        assertFixContains(finding, "containerRegistry.inCluster: true", "s3storage");
    }

    @Test
    void theExternalRegistryIsSelectedAsTheInstallerReadsInCluster() {
        // yaml.v2 reads y/n as booleans and encoding/json matches keys case-insensitively.
        for (String switchLine : List.of("inCluster: n", "InCluster: false", "incluster: N", "inCluster: off")) {
            String yaml = installerExternal(ECR).replace("inCluster: false", switchLine);
            assertSingle(
                    yaml,
                    RULE,
                    Severity.ERROR,
                    INSTALLER_URL_LINE,
                    INSTALLER_URL_COLUMN,
                    "containerRegistry.external.url");
        }
    }

    @Test
    void messageNamesTheHostAndThePushTargets() {
        Finding finding = assertSingle(
                installerExternal(ECR + "/team/"),
                RULE,
                Severity.ERROR,
                INSTALLER_URL_LINE,
                INSTALLER_URL_COLUMN,
                "containerRegistry.external.url");
        assertMessageContains(
                finding,
                "'" + ECR + "' is an Amazon ECR host",
                ECR + "/team/base-images and " + ECR + "/team/workspace-images");
        Finding publicEcr = assertSingle(
                installerExternal("public.ecr.aws/alias"),
                RULE,
                Severity.ERROR,
                INSTALLER_URL_LINE,
                INSTALLER_URL_COLUMN,
                "containerRegistry.external.url");
        assertMessageContains(publicEcr, "'public.ecr.aws' is Amazon ECR Public");
    }

    @Test
    void installerFixRemovesTheExternalBlockAndFillsInTheRegionOfTheEcrHost() {
        Finding finding = single(installerExternal(ECR + "/gitpod"), RULE);
        assertEquals(
                "Set containerRegistry.inCluster: true, remove containerRegistry.external and back the in-cluster "
                        + "registry with S3: containerRegistry.s3storage with bucket: <bucket name>, region: eu-west-1, endpoint: "
                        + "s3.eu-west-1.amazonaws.com and certificate: {kind: secret, name: <a secret with s3AccessKey and "
                        + "s3SecretKey>}.",
                finding.fix());
        assertFixContains(
                single(installerExternal("318804062415.dkr.ecr.cn-northwest-1.amazonaws.com.cn"), RULE),
                "region: cn-northwest-1, endpoint: s3.cn-northwest-1.amazonaws.com.cn ");
    }

    @Test
    void fixOfEcrPublicTakesTheRegionFromMetadataOrSaysRegion() {
        assertFixContains(
                single(installerExternal("public.ecr.aws/alias"), RULE),
                "region: <region>, endpoint: s3.<region>.amazonaws.com ");
        assertFixContains(
                single(installerExternal("public.ecr.aws/alias") + "metadata:\n  region: ap-south-1\n", RULE),
                "region: ap-south-1, endpoint: s3.ap-south-1.amazonaws.com ");
    }

    @Test
    void followingTheInstallerFixLeadsToNoOtherFinding() {
        String fixed = "apiVersion: v1\ndomain: gitpod.example.com\n"
                + Yaml.s3Registry("eu-west-1", "s3.eu-west-1.amazonaws.com");
        assertFixContains(
                single(installerExternal(ECR + "/gitpod"), RULE),
                "region: eu-west-1",
                "endpoint: " + "s3.eu-west-1.amazonaws.com",
                "remove containerRegistry.external");
        assertEquals(List.of(), Checks.check(fixed).findings());
    }

    @Test
    void kotsFixRemovesTheExternalItemsItSetsAndFillsInTheRegion() {
        Finding finding = single(kotsExternal(ECR), RULE);
        assertEquals(
                "Set reg_incluster to \"1\", remove reg_url and set reg_incluster_storage to \"s3\" with "
                        + "reg_incluster_storage_s3_region (eu-west-1), reg_incluster_storage_s3_endpoint "
                        + "(s3.eu-west-1.amazonaws.com), reg_incluster_storage_s3_bucketname, reg_incluster_storage_s3_accesskey "
                        + "and reg_incluster_storage_s3_secretkey.",
                finding.fix());
        Finding withServer = single(
                kotsExternalRegistry(
                        "reg_url",
                        ECR + "/gitpod",
                        "reg_server",
                        ECR,
                        "reg_username",
                        "AWS",
                        "reg_password",
                        "token-1"),
                RULE);
        assertFixContains(withServer, "remove reg_url and reg_server and set");
    }

    @Test
    void followingTheKotsFixLeadsToNoOtherFinding() {
        String fixed = kotsValuesWithoutMetadata("""
                    reg_incluster:
                      value: "1"
                    reg_username:
                      value: AWS
                    reg_password:
                      value: token-1
                    reg_incluster_storage:
                      value: s3
                    reg_incluster_storage_s3_region:
                      value: eu-west-1
                    reg_incluster_storage_s3_endpoint:
                      value: s3.eu-west-1.amazonaws.com
                    reg_incluster_storage_s3_bucketname:
                      value: gitpod-registry
                    reg_incluster_storage_s3_accesskey:
                      value: AKIAEXAMPLE
                    reg_incluster_storage_s3_secretkey:
                      value: secret-1
                """);
        assertEquals(List.of(), Checks.check(fixed).findings());
    }

    @Test
    void kotsExternalEcrIsAnError() {
        Finding finding = assertSingle(
                kotsExternal(ECR), RULE, Severity.ERROR, KOTS_URL_LINE, KOTS_URL_COLUMN, "spec.values.reg_url.value");
        assertFixContains(finding, "reg_incluster");
    }

    @Test
    void kotsEcrServerIsReportedWhenTheUrlIsNotEcr() {
        assertSingle(kotsValues("""
                    reg_incluster:
                      value: "0"
                    reg_url:
                      value: registry.example.com/gitpod
                    reg_server:
                      value: %s
                """.formatted(ECR)), RULE, Severity.ERROR, 12, 14, "spec.values.reg_server.value");
    }

    @Test
    void kotsEcrUrlAndServerGiveOneFindingAtTheUrl() {
        assertSingle(kotsValues("""
                    reg_incluster:
                      value: "0"
                    reg_url:
                      value: %1$s/gitpod
                    reg_server:
                      value: %1$s
                """.formatted(ECR)), RULE, Severity.ERROR, 10, 14, "spec.values.reg_url.value");
    }

    @Test
    void installationResourceIsCheckedAtSpecConfig() {
        assertSingle(
                Yaml.installation("""
                    containerRegistry:
                      inCluster: false
                      external:
                        url: %s
                """.formatted(ECR)),
                RULE,
                Severity.ERROR,
                10,
                14,
                "spec.config.containerRegistry.external.url");
    }

    @Test
    void mergedUrlIsReportedWhereItIsWritten() {
        assertSingle("""
                x-registry: &external
                  url: %s
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: false
                  external:
                    <<: *external
                """.formatted(ECR), RULE, Severity.ERROR, 2, 8, "containerRegistry.external.url");
    }

    @Test
    void repositoryOnEcrIsFine() {
        assertNoFinding("""
                apiVersion: v1
                domain: gitpod.example.com
                repository: %s/gitpod-mirror
                containerRegistry:
                  inCluster: true
                """.formatted(ECR), RULE);
    }

    @Test
    void allowListEntriesOnEcrAreFine() {
        assertNoFinding("""
                domain: gitpod.example.com
                containerRegistry:
                  inCluster: false
                  external:
                    url: registry.example.com/gitpod
                  privateBaseImageAllowList:
                    - %s
                    - public.ecr.aws
                """.formatted(ECR), RULE);
    }

    @Test
    void ecrUrlIgnoredBesideTheInClusterRegistryIsNotThisRule() {
        assertNoFinding("containerRegistry:\n  inCluster: true\n  external:\n    url: " + ECR + "\n", RULE);
        assertNoFinding("containerRegistry:\n  external:\n    url: " + ECR + "\n", RULE);
        assertNoFinding("containerRegistry:\n  inCluster: \"false\"\n  external:\n    url: " + ECR + "\n", RULE);
    }

    @Test
    void kotsEcrUrlIsNotInEffectUnlessRegInclusterIsZero() {
        assertNoFinding(kotsValues("    reg_url:\n      value: " + ECR + "\n"), RULE);
        assertNoFinding(
                kotsValues("    reg_incluster:\n      value: \"1\"\n    reg_url:\n      value: " + ECR + "\n"), RULE);
    }

    @Test
    void otherRegistriesAndPlaceholdersAreFine() {
        assertNoFinding(installerExternal("registry.example.com/gitpod"), RULE);
        assertNoFinding(installerExternal("s3.amazonaws.com"), RULE);
        assertNoFinding(installerExternal("eu.gcr.io/project"), RULE);
        assertNoFinding(installerExternal("${AWS_ACCOUNT}.dkr.ecr.eu-west-1.amazonaws.com"), RULE);
        assertNoFinding(installerExternal("\"\""), RULE);
    }
}
