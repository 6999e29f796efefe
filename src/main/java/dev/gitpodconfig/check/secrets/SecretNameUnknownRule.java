package dev.gitpodconfig.check.secrets;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.check.Wording;
import dev.gitpodconfig.model.CertManagerCertificate;
import dev.gitpodconfig.model.ClusterObjects;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.KubernetesSecret;
import dev.gitpodconfig.model.SecretReference;
import dev.gitpodconfig.model.SecretReferences;
import dev.gitpodconfig.model.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code secret-name-unknown}: an installer config names a Secret that no checked file defines, while
 * one of a close name does, or one holding exactly the keys the reference needs under another name:
 * "did you mean". When the checked files hold no Secrets at all, they are made out of band, and
 * nothing is reported.
 */
public final class SecretNameUnknownRule extends ConfigRule {

    /** The keys of every Secret of type {@code kubernetes.io/tls}. */
    private static final List<String> TLS_KEYS = List.of("tls.crt", "tls.key");

    private static final RuleInfo INFO = RuleInfo.builder("secret-name-unknown")
            .severity(Severity.WARNING)
            .title("a Secret name the checked files do not define, with a likely match")
            .summary("""
                An installer config names a Secret that no checked file defines, while a Secret of a close name, or one
                holding exactly the keys the reference needs, is defined.
                """)
            .description("""
                For each Secret the config names (the references `secret-required-keys` lists, and
                `sshGatewayHostKey`): when no Secret, SealedSecret, ExternalSecret or cert-manager Certificate in the
                checked files makes a Secret of that name (in a namespace that can be the config's), the rule looks for
                the one probably meant:
                * a Secret (or a Certificate's `spec.secretName`) whose name is one or two letters off, e.g.
                  `https-certificate` for `https-certificates`;
                * else the one Secret that holds exactly the keys the reference needs, e.g. `storage-azure` with
                  `accessKeyId` and `secretAccessKey` for `objectStorage.s3.credentials.name: storage-s3`. A reference
                  that needs one key (`.dockerconfigjson`, `ca.crt`) or the TLS pair `tls.crt`, `tls.key` is matched
                  by name only: every Secret of that type has those keys.

                A Secret that another reference of the same config names is never offered. The finding is at the
                config's `name:` value, names the Secret's file and line, and offers the name as a replacement. When the
                checked files define no Secrets at all, or none is close, nothing is reported: the Secrets are then
                made out of band.
                """)
            .rationale("""
                The installer renders whatever name the config gives; `validate cluster` fails with `secret <name> not
                found`, and the components that mount the Secret do not start.
                """)
            .fix("Make the config's name and the Secret's name the same.")
            .gitpodSource(
                    "install/installer/pkg/config/v1/validation.go",
                    "`ClusterValidation` lists the Secrets the config names")
            .gitpodSource("install/installer/pkg/cluster/checks.go", "`CheckSecret` reports a Secret that is not found")
            .build();

    /** Creates the rule. */
    public SecretNameUnknownRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        ClusterObjects objects = target.objects();
        if (target.document().isEmpty()
                || (objects.secrets().isEmpty() && objects.certificates().isEmpty())) {
            return;
        }
        SecretReferences references =
                SecretReferences.of(config, target.kind(), target.document().get());
        String file = target.file().relativePath();
        for (SecretReference reference : references.references()) {
            Optional<String> name = reference.secretName();
            if (name.isEmpty()
                    || !objects.secretsFor(file, name.get(), references.namespace())
                            .isEmpty()
                    || !objects.certificatesFor(file, name.get(), references.namespace())
                            .isEmpty()) {
                continue;
            }
            Map<String, String> candidates = candidates(objects, references);
            Optional<String> close = closeName(name.get(), candidates);
            if (close.isPresent()) {
                report(reference, close.get(), candidates.get(close.get()), findings);
                continue;
            }
            Optional<KubernetesSecret> sameKeys = sameKeys(reference, objects, references);
            if (sameKeys.isPresent()) {
                String keys = Wording.join(SecretRequiredKeysRule.quotedEach(reference.requiredKeys()));
                report(
                        reference,
                        sameKeys.get().secretName(),
                        sameKeys.get().describe() + " holds exactly the keys " + "it needs (" + keys + ")",
                        findings);
            }
        }
    }

    /** The names the files define that no reference of the config names, each with a clause saying where. */
    private static Map<String, String> candidates(ClusterObjects objects, SecretReferences references) {
        Map<String, String> candidates = new LinkedHashMap<>();
        for (KubernetesSecret secret : objects.secrets()) {
            if (secret.inNamespace(references.namespace()) && !references.names(secret.secretName())) {
                candidates.putIfAbsent(secret.secretName(), secret.describe() + " does");
            }
        }
        for (CertManagerCertificate certificate : objects.certificates()) {
            if (certificate.inNamespace(references.namespace()) && !references.names(certificate.targetSecret())) {
                candidates.putIfAbsent(
                        certificate.targetSecret(),
                        certificate.describe() + " writes `" + certificate.targetSecret() + "`");
            }
        }
        return candidates;
    }

    private static Optional<String> closeName(String name, Map<String, String> candidates) {
        List<String> close = new ArrayList<>();
        for (String candidate : candidates.keySet()) {
            if (Suggestions.isLikelyTypo(name, candidate)) {
                close.add(candidate);
            }
        }
        return Suggestions.nearest(name, close);
    }

    /**
     * The one Secret whose keys are exactly those the reference requires, if there is exactly one. A single key, or
     * the pair every TLS Secret has, says nothing about which Secret was meant: such references match by name only.
     */
    private static Optional<KubernetesSecret> sameKeys(
            SecretReference reference, ClusterObjects objects, SecretReferences references) {
        if (reference.requiredKeys().size() < 2 || reference.requiredKeys().equals(TLS_KEYS)) {
            return Optional.empty();
        }
        KubernetesSecret found = null;
        for (KubernetesSecret secret : objects.secrets()) {
            if (secret.keysKnown()
                    && secret.inNamespace(references.namespace())
                    && !references.names(secret.secretName())
                    && new HashSet<>(secret.keys()).equals(new HashSet<>(reference.requiredKeys()))) {
                if (found != null && !found.secretName().equals(secret.secretName())) {
                    return Optional.empty(); // two would do: no guess
                }
                found = secret;
            }
        }
        return Optional.ofNullable(found);
    }

    private static void report(SecretReference reference, String meant, String clause, FindingSink findings) {
        String name = reference.secretName().orElseThrow();
        findings.at(reference.name())
                .message(Wording.nameOf(reference.name()) + " names the Secret `" + name + "`, which no checked file "
                        + "defines, but " + clause + ": did you mean `" + meant + "`? Otherwise "
                        + "`validate cluster` fails with `secret " + name + " not found`.")
                .fix("Set " + Wording.nameOf(reference.name()) + " to `" + meant + "`, or rename the Secret to `" + name
                        + "`.")
                .replacement(meant)
                .report();
    }
}
