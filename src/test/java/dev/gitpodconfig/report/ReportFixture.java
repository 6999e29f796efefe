package dev.gitpodconfig.report;

import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.engine.GitpodConfigChecker;
import dev.gitpodconfig.engine.InvalidOptionsException;
import dev.gitpodconfig.testing.Checks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A project with findings of several rules, a suppressed finding, a suggested replacement and
 * distinctive planted secrets (a KOTS password, a Secret's auth, URL userinfo) that no report may
 * contain.
 */
final class ReportFixture {

    static final String KOTS_PASSWORD = "KotsRegPassw0rd-Planted";
    static final String SECRET_AUTH = "c2VjcmV0LWF1dGgtcGxhbnRlZA==";
    static final String SECRET_AUTH_DECODED = "secret-auth-planted";
    static final String USERINFO_PASSWORD = "UrlUserinfoS3cret";
    static final List<String> SECRETS = List.of(KOTS_PASSWORD, SECRET_AUTH, SECRET_AUTH_DECODED, USERINFO_PASSWORD);
    static final Clock TODAY =
            Clock.fixed(LocalDate.of(2027, 3, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    static final String INSTALLER = """
        domain: gitpod.example.com
        metadata:
          region: eu-west-1
        containerRegistry:
          inCluster: false
          external:
            url: https://bob:UrlUserinfoS3cret@123456789012.dkr.ecr.eu-west-1.amazonaws.com/gitpod
            certifcate: {kind: secret, name: gitpod-registry}
        objectStorage:
          inCluster: "true"  # gitpod-config:ignore config-wrong-type until=2027-06-30 -- tracked in OPS-1 <& "quoted">
        """;
    static final String KOTS = """
            apiVersion: kots.io/v1beta1
            kind: ConfigValues
            spec:
              values:
                reg_incluster:
                  value: "0"
                reg_url:
                  value: registry.gitlab.com/my-group/gitpod
                reg_username:
                  value: deploy-bot
                reg_password:  # gitpod-config:ignore KotsRegPassw0rd-Planted -- pasted by mistake
                  value: KotsRegPassw0rd-Planted
            """;
    static final String SECRET = """
            apiVersion: v1
            kind: Secret
            metadata:
              name: gitpod-registry
            type: kubernetes.io/dockerconfigjson
            stringData:
              .dockerconfigjson: '{"auths":{"registry.example.com":{"auth":"c2VjcmV0LWF1dGgtcGxhbnRlZA=="}}}'
            """;

    private ReportFixture() {}

    /** Writes the project's files under a directory. */
    static void writeProject(Path base) throws IOException {
        Files.createDirectories(base.resolve("gitpod"));
        Files.writeString(base.resolve("gitpod/gitpod.config.yaml"), INSTALLER);
        Files.writeString(base.resolve("gitpod/kots-config.yaml"), KOTS);
        Files.writeString(base.resolve("gitpod/registry-secret.yaml"), SECRET);
    }

    /** Checks the project with a fixed date. */
    static GitpodConfigChecker checker(Path base) {
        return Checks.options(o -> o.clock(TODAY)
                        .severities(Map.of(
                                "config-unresolved-placeholder", "off", "registry-gitlab-unsupported", "warning"))
                        .skipRules(Set.of()))
                .checker(base);
    }

    static CheckResult check(Path base) throws IOException, InvalidOptionsException {
        writeProject(base);
        return checker(base).check();
    }
}
