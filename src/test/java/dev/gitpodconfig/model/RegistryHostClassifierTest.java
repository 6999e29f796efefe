package dev.gitpodconfig.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RegistryHostClassifierTest {

    private static final RegistryHostClassifier DEFAULT = new RegistryHostClassifier(List.of());

    private static RegistryVendor classify(RegistryHostClassifier classifier, String value) {
        return classifier.classify(RegistryReference.parse(value));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        // ECR private, commercial partition
        "012345678969.dkr.ecr.eu-west-2.amazonaws.com, AMAZON_ECR",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/gitpod, AMAZON_ECR",
        "123456789012.dkr.ecr.ap-southeast-1.amazonaws.com, AMAZON_ECR",
        // China
        "318804062415.dkr.ecr.cn-northwest-1.amazonaws.com.cn, AMAZON_ECR",
        "318804062415.dkr.ecr.cn-north-1.amazonaws.com.cn/team, AMAZON_ECR",
        // FIPS
        "123456789012.dkr.ecr-fips.us-east-2.amazonaws.com, AMAZON_ECR",
        // dual-stack, with and without FIPS
        "123456789012.dkr-ecr.us-east-2.on.aws, AMAZON_ECR",
        "123456789012.dkr-ecr-fips.us-east-2.on.aws, AMAZON_ECR",
        // GovCloud (three-part region name plus digit)
        "123456789012.dkr.ecr.us-gov-west-1.amazonaws.com, AMAZON_ECR",
        "123456789012.dkr.ecr.us-gov-east-1.amazonaws.com, AMAZON_ECR",
        // ECR Public
        "public.ecr.aws, AMAZON_ECR_PUBLIC",
        "public.ecr.aws/my-alias/gitpod, AMAZON_ECR_PUBLIC",
        // upper case, port, scheme
        "123456789012.DKR.ECR.EU-WEST-1.AMAZONAWS.COM, AMAZON_ECR",
        "PUBLIC.ECR.AWS, AMAZON_ECR_PUBLIC",
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com:443/gitpod, AMAZON_ECR",
        "https://123456789012.dkr.ecr.eu-west-1.amazonaws.com, AMAZON_ECR",
        // not ECR
        "s3.amazonaws.com, OTHER",
        "s3.eu-west-1.amazonaws.com, OTHER",
        "registry.amazonaws.com, OTHER",
        "api.ecr.eu-west-1.amazonaws.com, OTHER",
        "12345.dkr.ecr.eu-west-1.amazonaws.com, OTHER",
        "123456789012.dkr.ecr.eu-west-1.amazonaws.com.evil.example, OTHER",
        "public.ecr.aws.evil.example, OTHER",
        "registry.example.com, OTHER",
        "harbor.example.com:443/gitpod, OTHER",
        "localhost:5000, OTHER",
        // GitLab
        "registry.gitlab.com, GITLAB",
        "registry.gitlab.com/group/project, GITLAB",
        "registry.gitlab.example.com/group/project, GITLAB",
        "gitlab.example.com:5050/group/project, GITLAB",
        "git.corp.example:5050, GITLAB",
        "gitlabby.example.com, OTHER",
        "notgitlab.example.com, OTHER",
        // Google
        "gcr.io/project, GOOGLE_CONTAINER_REGISTRY",
        "us.gcr.io, GOOGLE_CONTAINER_REGISTRY",
        "eu.gcr.io/gitpod-core-dev/build, GOOGLE_CONTAINER_REGISTRY",
        "asia.gcr.io, GOOGLE_CONTAINER_REGISTRY",
        "europe-docker.pkg.dev/project/gitpod, GOOGLE_ARTIFACT_REGISTRY",
        "us-central1-docker.pkg.dev, GOOGLE_ARTIFACT_REGISTRY",
        "asia-northeast1-docker.pkg.dev/p/r, GOOGLE_ARTIFACT_REGISTRY",
        "docker.pkg.dev, OTHER",
        // Azure and Docker Hub
        "gitpodregistry.azurecr.io, AZURE_CONTAINER_REGISTRY",
        "gitpod.azurecr.cn, AZURE_CONTAINER_REGISTRY",
        "docker.io/myuser, DOCKER_HUB",
        "index.docker.io, DOCKER_HUB",
        "registry-1.docker.io, DOCKER_HUB"
    })
    void classifiesHosts(String value, RegistryVendor expected) {
        assertEquals(expected, classify(DEFAULT, value));
    }

    @ParameterizedTest(name = "gitlabRegistryHosts ''{0}'': {1} is {2}")
    @CsvSource({
        // a configured host without port matches on any port; case and blanks do not matter
        "' Registry.Corp.Example ', registry.corp.example/group/project, GITLAB",
        "' Registry.Corp.Example ', registry.corp.example:5000/group/project, GITLAB",
        "'', registry.corp.example/group/project, OTHER",
        // a configured host with port matches only that port
        "registry.corp.example:5000, registry.corp.example:5000/group, GITLAB",
        "registry.corp.example:5000, registry.corp.example:443/group, OTHER",
        "registry.corp.example:5000, registry.corp.example/group, OTHER"
    })
    void configuredGitlabHosts(String configured, String value, RegistryVendor expected) {
        assertEquals(expected, classify(new RegistryHostClassifier(List.of(configured)), value));
    }

    @Test
    void gitlabReasonSaysWhy() {
        RegistryHostClassifier classifier = new RegistryHostClassifier(List.of("cr.corp.example"));
        assertTrue(classifier
                .gitlabReason(RegistryReference.parse("registry.gitlab.com/g/p"))
                .contains("GitLab.com"));
        assertTrue(classifier
                .gitlabReason(RegistryReference.parse("cr.corp.example:8443/g"))
                .contains("gitlabRegistryHosts"));
        assertTrue(classifier
                .gitlabReason(RegistryReference.parse("cr.corp.example:8443/g"))
                .contains("cr.corp.example:8443"));
        assertTrue(classifier
                .gitlabReason(RegistryReference.parse("git.example.com:5050"))
                .contains("5050"));
        assertTrue(classifier
                .gitlabReason(RegistryReference.parse("registry.gitlab.example.com"))
                .contains("'gitlab' label"));
    }

    @ParameterizedTest
    @EnumSource(RegistryVendor.class)
    void everyVendorHasADisplayName(RegistryVendor vendor) {
        assertFalse(vendor.displayName().isBlank());
    }
}
