package dev.gitpodconfig.check.secrets;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.KubernetesSecret;
import dev.gitpodconfig.model.RegistryCredentialsReader;
import dev.gitpodconfig.model.SecretReference;
import dev.gitpodconfig.model.SecretReferences;
import dev.gitpodconfig.model.Suggestion;
import dev.gitpodconfig.model.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code secret-required-keys}: a Secret an installer config names is among the checked files (as a
 * Secret, SealedSecret or ExternalSecret) but lacks a key the installer requires of it. Reported at the
 * config's {@code name:} value, never in the Secret's file, which may be generated.
 */
public final class SecretRequiredKeysRule extends ConfigRule {

    /** The keys cert-manager writes into the Secret of a Certificate. */
    private static final Set<String> CERT_MANAGER_KEYS = Set.of("tls.crt", "tls.key", "ca.crt");

    private static final RuleInfo INFO = RuleInfo.builder("secret-required-keys")
            .severity(Severity.ERROR)
            .title("a Secret the config names lacks a required key")
            .summary("""
                A Secret, SealedSecret or ExternalSecret in the checked files has the name (and namespace) an installer
                config refers to, but lacks a key the installer requires of it.
                """)
            .description("""
                The installer's `validate cluster` requires these keys of the Secrets the config names. A missing key
                is an error where the Secret decides how Gitpod reaches its registry, object storage or database, or
                serves its certificate:
                * `certificate`: `tls.crt`, `tls.key` (the name defaults to `https-certificates`, as in the installer,
                  when the config leaves it out; the finding is then at the `certificate` block, else at the top);
                * `objectStorage.s3.credentials`: `accessKeyId`, `secretAccessKey`;
                * `objectStorage.cloudStorage.serviceAccount`: `service-account.json`;
                * `objectStorage.azure.credentials`: `accountName`, `accountKey`;
                * `containerRegistry.external.certificate`: `.dockerconfigjson`;
                * `containerRegistry.s3storage.certificate`: `s3AccessKey`, `s3SecretKey`;
                * `database.cloudSQL.serviceAccount`: `credentials.json`, `encryptionKeys`, `password`, `username`;
                * `database.external.certificate`: `encryptionKeys`, `host`, `password`, `port`, `username`;
                * `database.ssl.caCert`: `ca.crt`.

                It is a warning where the Secret serves one feature:
                * `customCACert`: `ca.crt`;
                * `license`: `license`;
                * `authProviders[]`: `provider`.

                A reference counts when its block is present, as the installer checks it; a name written as a number or
                a boolean is not looked up. The Secret is found by name
                in any checked file (one in the config's own file wins); when both the config (an Installation's
                `metadata.namespace`) and the Secret state a namespace, they must be equal. Keys are those of `data`
                and `stringData` of a Secret, `spec.encryptedData` of a SealedSecret, `spec.data[].secretKey` and the
                template's `data` of an ExternalSecret. An ExternalSecret with `dataFrom` or `templateFrom` has keys
                the files do not list and is not reported; nor are the keys a cert-manager Certificate writes into its
                Secret, nor a missing `.dockerconfigjson` of a `kubernetes.io/dockerconfigjson` Secret, which
                `registry-credentials-invalid` reports.

                The finding is at the config's `name:` value; the message names the Secret's file and line, lists the
                keys it has, and the nearest one for each missing key (`accessKey` for `accessKeyId`). Values are never
                read.
                """)
            .rationale("""
                The installer and Gitpod's components read these keys by name: `validate cluster` fails with `secret
                <name> has no <key> entry`, and Kubernetes does not start a container whose environment refers to a
                Secret key that does not exist. S3 credentials stored under `accessKey` instead of `accessKeyId` give
                the components that mount the Secret no file `accessKeyId` to read their credentials from.
                """)
            .fix("Rename or add the key in the Secret (or in the SealedSecret or ExternalSecret that makes it) to the "
                    + "name the installer requires.")
            .gitpodSource(
                    "install/installer/pkg/config/v1/validation.go",
                    "`ClusterValidation` lists the Secrets and the keys they require")
            .gitpodSource("install/installer/pkg/cluster/checks.go", "`CheckSecret` looks each key up in the Secret")
            .gitpodSource(
                    "install/installer/pkg/common/storage.go",
                    "S3 credentials are read from the files `accessKeyId` and `secretAccessKey` of the mounted Secret")
            .build();

    /** Creates the rule. */
    public SecretRequiredKeysRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        if (target.document().isEmpty() || target.objects().secrets().isEmpty()) {
            return;
        }
        SecretReferences references =
                SecretReferences.of(config, target.kind(), target.document().get());
        String file = target.file().relativePath();
        for (SecretReference reference : references.references()) {
            if (reference.requiredKeys().isEmpty() || reference.secretName().isEmpty()) {
                continue;
            }
            String name = reference.secretName().get();
            List<KubernetesSecret> secrets = target.objects().secretsFor(file, name, references.namespace());
            boolean certificate = !target.objects()
                    .certificatesFor(file, name, references.namespace())
                    .isEmpty();
            KubernetesSecret lacking = null;
            List<String> missing = List.of();
            for (KubernetesSecret secret : secrets) {
                List<String> absent = missingKeys(reference, secret, certificate);
                if (absent.isEmpty()) {
                    lacking = null;
                    break; // one complete definition (another overlay, say) is enough
                }
                if (lacking == null) {
                    lacking = secret;
                    missing = absent;
                }
            }
            if (lacking != null) {
                report(reference, lacking, missing, findings);
            }
        }
    }

    private static List<String> missingKeys(SecretReference reference, KubernetesSecret secret, boolean certificate) {
        List<String> missing = new ArrayList<>();
        if (!secret.keysKnown()) {
            return missing;
        }
        boolean registrySecret = secret.source() == KubernetesSecret.Source.SECRET
                && secret.type().orElse("").equals("kubernetes.io/dockerconfigjson");
        for (String key : reference.requiredKeys()) {
            boolean reportedElsewhere = registrySecret && key.equals(RegistryCredentialsReader.DOCKER_CONFIG_KEY);
            boolean written = certificate && CERT_MANAGER_KEYS.contains(key);
            if (!secret.hasKey(key) && !reportedElsewhere && !written) {
                missing.add(key);
            }
        }
        return missing;
    }

    private static void report(
            SecretReference reference, KubernetesSecret secret, List<String> missing, FindingSink findings) {
        List<String> others = new ArrayList<>(secret.keys());
        others.removeAll(reference.requiredKeys());
        List<String> described = new ArrayList<>();
        List<String> renames = new ArrayList<>();
        for (String key : missing) {
            Suggestion nearest = Suggestions.suggest(key, others);
            if (nearest.kind() == Suggestion.Kind.DID_YOU_MEAN) {
                described.add("`" + key + "` (nearest: `" + nearest.key() + "`)");
                renames.add("`" + nearest.key() + "` to `" + key + "`");
            } else {
                described.add("`" + key + "`");
            }
        }
        String has = secret.keys().isEmpty() ? "it has no keys" : "it has " + quoted(secret.keys());
        String name = secret.secretName();
        findings.at(reference.name())
                .severity(reference.decidesDependency() ? Severity.ERROR : Severity.WARNING)
                .message(Wording.nameOf(reference.name()) + " names the Secret `" + name + "`, but "
                        + secret.describe() + " lacks " + Wording.join(described) + "; " + has + ". The installer's "
                        + "`validate cluster` fails with `secret " + name + " has no " + missing.get(0)
                        + " entry`, and Gitpod's components read the keys by these names.")
                .fix(
                        renames.isEmpty()
                                ? "Add " + Wording.join(quotedEach(missing)) + " to " + secret.describe() + "."
                                : "Rename " + Wording.join(renames) + " in " + secret.describe() + ".")
                .report();
    }

    private static String quoted(List<String> keys) {
        return String.join(", ", quotedEach(keys));
    }

    static List<String> quotedEach(List<String> keys) {
        List<String> quoted = new ArrayList<>();
        for (String key : keys) {
            quoted.add("`" + key + "`");
        }
        return quoted;
    }
}
