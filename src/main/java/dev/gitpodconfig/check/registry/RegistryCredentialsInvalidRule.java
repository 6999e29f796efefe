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

    private static final RuleInfo INFO = new RuleInfo(
            "registry-credentials-invalid",
            Severity.ERROR,
            "A kubernetes.io/dockerconfigjson Secret whose .dockerconfigjson is missing, not valid base64 (data), not a JSON "
                    + "object, or has no auths object.",
            "The Kubernetes API server rejects a Secret of type kubernetes.io/dockerconfigjson without a .dockerconfigjson key "
                    + "holding valid JSON, so applying it fails; and a Docker config without auths gives Gitpod no registry "
                    + "credentials, so image pushes and pulls fail with 'unauthorized'. The installer's 'validate cluster' requires "
                    + "the key as well.",
            "Kubernetes Secret type kubernetes.io/dockerconfigjson (API server validation); "
                    + "install/installer/pkg/config/v1/validation.go at 2022.11.3; research §2.4, §4",
            "Recreate the Secret with kubectl create secret docker-registry <name> --docker-server=<host> --docker-username=<user> "
                    + "--docker-password=<password> --dry-run=client -o yaml, or put plain JSON {\"auths\": {…}} under stringData.");

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
        for (RegistryCredentials credentials : target.credentials().inDocument(target.file().relativePath(), document)) {
            if (credentials.status() == RegistryCredentials.Status.INVALID) {
                findings.at(credentials.location())
                        .message(capitalize(credentials.describe()) + " " + credentials.problem().orElse("is invalid")
                                + ".")
                        .report();
            }
        }
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
