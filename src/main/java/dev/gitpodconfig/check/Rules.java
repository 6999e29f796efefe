package dev.gitpodconfig.check;

import dev.gitpodconfig.check.certificate.CertificateDomainRule;
import dev.gitpodconfig.check.certificate.CertificateExpiryRule;
import dev.gitpodconfig.check.database.DatabaseCloudsqlInstanceRule;
import dev.gitpodconfig.check.database.DatabaseExternalMissingRule;
import dev.gitpodconfig.check.registry.RegistryAwsInClusterS3Rule;
import dev.gitpodconfig.check.registry.RegistryCredentialsHostRule;
import dev.gitpodconfig.check.registry.RegistryCredentialsInvalidRule;
import dev.gitpodconfig.check.registry.RegistryEcrUnsupportedRule;
import dev.gitpodconfig.check.registry.RegistryExternalMissingRule;
import dev.gitpodconfig.check.registry.RegistryGarServerRule;
import dev.gitpodconfig.check.registry.RegistryGarUrlRule;
import dev.gitpodconfig.check.registry.RegistryGcrServerRule;
import dev.gitpodconfig.check.registry.RegistryGitlabUnsupportedRule;
import dev.gitpodconfig.check.registry.RegistryS3EndpointRegionRule;
import dev.gitpodconfig.check.registry.RegistryS3IncompleteRule;
import dev.gitpodconfig.check.registry.RegistryUrlFormatRule;
import dev.gitpodconfig.check.secrets.SecretNameUnknownRule;
import dev.gitpodconfig.check.secrets.SecretRequiredKeysRule;
import dev.gitpodconfig.check.storage.StorageEndpointFormatRule;
import dev.gitpodconfig.check.storage.StorageProviderIncompleteRule;
import dev.gitpodconfig.check.storage.StorageS3EndpointRegionRule;
import dev.gitpodconfig.check.structure.ConfigIgnoredBlockRule;
import dev.gitpodconfig.check.structure.ConfigInvalidValueRule;
import dev.gitpodconfig.check.structure.ConfigMultiDocumentRule;
import dev.gitpodconfig.check.structure.ConfigUnknownKeyRule;
import dev.gitpodconfig.check.structure.ConfigUnknownKindRule;
import dev.gitpodconfig.check.structure.ConfigUnresolvedPlaceholderRule;
import dev.gitpodconfig.check.structure.ConfigWrongTypeRule;
import dev.gitpodconfig.check.structure.YamlDuplicateKeyRule;
import dev.gitpodconfig.check.structure.YamlSyntaxRule;
import dev.gitpodconfig.check.suppression.SuppressionInvalidRule;
import dev.gitpodconfig.check.suppression.SuppressionUnusedRule;
import dev.gitpodconfig.model.Suggestions;
import java.util.List;
import java.util.Optional;

/** The catalogue: every built-in rule, in the order they are documented. */
public final class Rules {

    private static final List<Rule> ALL = List.of(
            new RegistryEcrUnsupportedRule(),
            new RegistryGitlabUnsupportedRule(),
            new RegistryGcrServerRule(),
            new RegistryGarUrlRule(),
            new RegistryGarServerRule(),
            new RegistryUrlFormatRule(),
            new RegistryExternalMissingRule(),
            new RegistryCredentialsInvalidRule(),
            new RegistryCredentialsHostRule(),
            // An AWS Region that is not listed is reported once: by registry-s3-endpoint-region for the registry's
            // S3 backend, by storage-s3-endpoint-region for object storage (both only for AWS endpoints).
            new RegistryS3EndpointRegionRule(),
            new RegistryS3IncompleteRule(),
            new RegistryAwsInClusterS3Rule(),
            new StorageProviderIncompleteRule(),
            new StorageS3EndpointRegionRule(),
            new StorageEndpointFormatRule(),
            new SecretRequiredKeysRule(),
            new SecretNameUnknownRule(),
            new DatabaseExternalMissingRule(),
            new DatabaseCloudsqlInstanceRule(),
            new CertificateDomainRule(),
            new CertificateExpiryRule(),
            new YamlSyntaxRule(),
            new YamlDuplicateKeyRule(),
            new ConfigMultiDocumentRule(),
            new ConfigUnknownKeyRule(),
            new ConfigUnknownKindRule(),
            new ConfigWrongTypeRule(),
            new ConfigInvalidValueRule(),
            new ConfigIgnoredBlockRule(),
            new ConfigUnresolvedPlaceholderRule(),
            new SuppressionInvalidRule(),
            new SuppressionUnusedRule());

    private Rules() {}

    /**
     * All rules.
     *
     * @return the rules, stateless and shareable
     */
    public static List<Rule> all() {
        return ALL;
    }

    /**
     * The ids of all rules, in catalogue order.
     *
     * @return the ids
     */
    public static List<String> ids() {
        return ALL.stream().map(rule -> rule.info().id()).toList();
    }

    /**
     * The rule id an unknown id was probably meant to be, for "did you mean" messages.
     *
     * @param unknownId an id that is not in the catalogue
     * @return the nearest rule id, when it is at most three edits away
     */
    public static Optional<String> nearestId(String unknownId) {
        return Suggestions.nearest(unknownId, ids()).filter(id -> Suggestions.distance(unknownId, id) <= 3);
    }

    /**
     * A rule by id.
     *
     * @param id the rule id
     * @return the rule, if it exists
     */
    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(rule -> rule.info().id().equals(id)).findFirst();
    }
}
