package dev.gitpodconfig.check.registry;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.model.RegistryCredentials;

/**
 * {@code registry-credentials-invalid}: a {@code kubernetes.io/dockerconfigjson} Secret whose
 * {@code .dockerconfigjson} is missing, not base64, not JSON, or holds no {@code auths} object. The
 * message says what is wrong and where; it never quotes the content, which is a credential.
 */
public final class RegistryCredentialsInvalidRule implements Rule {

    private static final RuleInfo INFO = RuleInfo.builder("registry-credentials-invalid")
            .severity(Severity.ERROR)
            .title("a dockerconfigjson Secret that cannot be read")
            .summary("""
                A `kubernetes.io/dockerconfigjson` Secret whose `.dockerconfigjson` is missing, not valid base64
                (`data`), not a JSON object, or has no `auths` object.
                """)
            .description("""
                A Secret of type `kubernetes.io/dockerconfigjson` among the checked files, referenced or not, that is
                broken:
                * it has no `.dockerconfigjson` key in `data` or `stringData` (reported at `data`/`stringData`, else at
                  `type`);
                * the value is empty, or is not a string;
                * the value under `data` is not valid base64 (line breaks are allowed, as Kubernetes allows them);
                * the (decoded) value is not valid JSON; the message gives the line and column inside the JSON, never
                  its content;
                * it is valid YAML but not a JSON object (`auths: {...}` instead of `{"auths": {...}}`);
                * the object has no `auths` object.

                Template values (`${DOCKER_CONFIG}`, `{{repl ... }}`) are skipped with a debug note. The finding is at the
                `.dockerconfigjson` key. A broken Secret is not also checked by the server rules.
                """)
            .rationale("""
                The Kubernetes API server rejects a Secret of this type unless `.dockerconfigjson` holds valid JSON, so
                applying it fails. A Docker config without `auths` gives Gitpod no registry credentials, and image
                pushes and pulls fail as unauthorized. The installer's `validate cluster` requires the key as well.
                """)
            .fix("Recreate the Secret with kubectl create secret docker-registry <name> --docker-server=<host> "
                    + "--docker-username=<user> --docker-password=<password> --dry-run=client -o yaml, "
                    + "or put plain JSON {\"auths\": {...}} under stringData.")
            .source(
                    "Kubernetes documentation, Secrets: Docker config Secrets",
                    "https://kubernetes.io/docs/concepts/configuration/secret/#docker-config-secrets")
            .gitpodSource(
                    "install/installer/pkg/config/v1/validation.go",
                    "`validate cluster` requires `.dockerconfigjson` in the registry Secret")
            .gitpodSource(
                    "install/installer/docs/overview.md",
                    "the registry Secret is created with `kubectl create secret docker-registry`")
            .build();

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        if (target.document().isEmpty()) {
            return;
        }
        int document = target.document().get().index();
        for (RegistryCredentials credentials :
                target.credentials().inDocument(target.file().relativePath(), document)) {
            if (credentials.status() == RegistryCredentials.Status.INVALID) {
                findings.at(credentials.location())
                        .message(capitalize(credentials.describe()) + " "
                                + credentials.problem().orElse("is invalid") + ".")
                        .report();
            }
        }
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
