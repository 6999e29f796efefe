package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.InstallerDecoder;
import dev.gitpodconfig.model.SchemaNode;
import dev.gitpodconfig.model.Suggestion;
import dev.gitpodconfig.model.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code config-invalid-value}: what {@code gitpod-installer validate config} of release 2022.11.3 rejects in
 * a config that decodes: a failed validator tag ({@code required}, {@code required_if}, {@code fqdn},
 * {@code installation_kind}, {@code objectref_kind}, {@code log_level}, ...) or a conflict between a setting
 * and its deprecated experimental twin. Errors in the registry, storage and database blocks; warnings
 * elsewhere, since platform repositories keep templates whose {@code domain} is filled in at deploy time. A
 * partial overlay (no {@code apiVersion} or {@code kind}) is held only to the blocks it writes: a top-level field
 * it leaves out ({@code domain}) is a note, as the rest of the config may come from elsewhere.
 */
public final class ConfigInvalidValueRule extends ConfigRule {

    /** The rule's id. */
    public static final String ID = "config-invalid-value";

    private static final RuleInfo INFO = RuleInfo.builder(ID)
            .severity(Severity.ERROR)
            .title("a value or missing field the installer's validation rejects")
            .summary("""
                A value or a missing field that the 2022.11.3 installer's `validate config` rejects: required
                fields, `domain`, `kind`, `logLevel`, secret reference kinds, conflicting settings.
                """)
            .description("""
                What `gitpod-installer validate config` of release 2022.11.3 rejects in a config that decodes: a
                required field left out or empty (`containerRegistry.external.certificate`, `s3storage.region`,
                `containerRegistry.inCluster:` with no value), `containerRegistry.external` missing while `inCluster`
                is false, a `domain` that is not a fully qualified domain name, a `kind` other than `Full`, `Meta`,
                `IDE`, `WebApp` or `Workspace`, a secret reference whose kind is not `secret`, an unknown `logLevel`
                or `fsShiftMethod`, and a setting given both in its place and in `experimental` (CheckDeprecated's
                conflicts). Every block that is present is validated, used or not: an ignored `s3storage` with a
                missing field fails the install too.

                Errors in `containerRegistry`, `objectStorage` and `database`; warnings elsewhere, whose words say
                the installer will reject the file until it is fixed. A whole config (with `apiVersion` or `kind`) is
                held to every check; a partial overlay (neither) only to the blocks it writes, and a top-level
                field it leaves out (`domain`) is a note: the installer rejects the file alone, but the deployed
                config may set the field in another file.
                """)
            .rationale("""
                The installer stops with `Field 'Config.Domain' failed fqdn validation` and the like. Platform
                repositories keep templates whose `domain` is filled in at deploy time, so outside the registry,
                storage and database blocks these are warnings that a team can raise with `severities`.
                """)
            .fix("Give the field the value the installer expects.")
            .gitpodSource(
                    "install/installer/pkg/config/v1/config.go", "the validate tags of the installer configuration")
            .gitpodSource("install/installer/pkg/config/v1/validation.go", "Gitpod's validation functions")
            .gitpodSource("install/installer/pkg/config/validation.go", "the messages of validate config")
            .build();

    /** Creates the rule. */
    public ConfigInvalidValueRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        List<String> misspelt = misspeltFields(config);
        for (InstallerDecoder.Problem problem : config.installerProblems()) {
            if (isMisspelt(problem, misspelt)) {
                continue; // config-unknown-key reports the misspelt key, with the spelling the installer wants
            }
            if (problem.kind() == InstallerDecoder.Kind.MISSING_FROM_OVERLAY) {
                reportMissingFromOverlay(problem, config, findings);
                continue;
            }
            if (problem.kind() != InstallerDecoder.Kind.VALIDATION
                    && problem.kind() != InstallerDecoder.Kind.CONFLICT) {
                continue;
            }
            if ("installation_kind".equals(problem.tag()) && ConfigUnknownKindRule.reports(config)) {
                continue; // config-unknown-kind reports the kind, with the nearest installation kind
            }
            String path = config.pathOf(problem.path());
            boolean blocking = path.startsWith(config.pathOf("containerRegistry"))
                    || path.startsWith(config.pathOf("objectStorage"))
                    || path.startsWith(config.pathOf("database"));
            String words = problem.kind() == InstallerDecoder.Kind.CONFLICT
                    ? "The installer's validation fails: " + problem.message() + " (" + path + ")"
                    : "The installer's validation fails: " + problem.message();
            String message = blocking
                    ? words + "; the 2022.11.3 installer rejects the file."
                    : words + "; the 2022.11.3 installer will reject the file until this is fixed.";
            (problem.at() == null
                            ? findings.at(Position.START_OF_FILE, path)
                            : findings.at(ConfigValue.of(path, problem.at())))
                    .severity(blocking ? Severity.ERROR : Severity.WARNING)
                    .message(message)
                    .fix(fixFor(problem, path))
                    .installerRejects()
                    .report();
        }
    }

    /**
     * A note, not a warning: the installer rejects the overlay as it stands, but the deployment may well merge it with
     * a file that sets the field (a KOTS patch, a Terraform fragment). It still says the installer rejects the file
     * alone, which is true, so a differential test against the installer sees the rejection.
     */
    private static void reportMissingFromOverlay(
            InstallerDecoder.Problem problem, GitpodConfig config, FindingSink findings) {
        String path = config.pathOf(problem.path());
        findings.at(Position.START_OF_FILE, path)
                .severity(Severity.INFO)
                .message("This partial config sets no " + path
                        + ": on its own the 2022.11.3 installer rejects the file (" + problem.message()
                        + "). Fine when another file of the deployment sets it.")
                .fix("Set " + path + " here, or leave this note when the config that is deployed sets it elsewhere.")
                .installerRejects()
                .report();
    }

    /** The paths ({@code containerRegistry.external.certificate}) that an unknown key is a likely typo of. */
    private static List<String> misspeltFields(GitpodConfig config) {
        List<String> paths = new ArrayList<>();
        for (InstallerDecoder.Problem problem : config.installerProblems()) {
            if (problem.kind() == InstallerDecoder.Kind.UNKNOWN_FIELD
                    && problem.field() instanceof SchemaNode schema
                    && problem.at() instanceof YamlScalar key) {
                Suggestion suggestion =
                        Suggestions.suggest(key.value(), schema.fields().keySet());
                if (suggestion.kind() == Suggestion.Kind.DID_YOU_MEAN
                        && Suggestions.isLikelyTypo(key.value(), suggestion.key())) {
                    String path = problem.path();
                    int dot = path.lastIndexOf('.');
                    paths.add((dot < 0 ? "" : path.substring(0, dot + 1)) + suggestion.key());
                }
            }
        }
        return paths;
    }

    private static boolean isMisspelt(InstallerDecoder.Problem problem, List<String> misspelt) {
        if (problem.kind() != InstallerDecoder.Kind.VALIDATION || !problem.tag().startsWith("required")) {
            return false;
        }
        for (String path : misspelt) {
            if (problem.path().equals(path) || problem.path().startsWith(path + ".")) {
                return true;
            }
        }
        return false;
    }

    private static String fixFor(InstallerDecoder.Problem problem, String path) {
        if (problem.kind() == InstallerDecoder.Kind.CONFLICT) {
            return "Set the value in one place only, and remove it from experimental.";
        }
        return switch (problem.tag()) {
            case "required" -> "Set " + path + ".";
            case "required_if" -> "Add " + path + ", or set the switch it depends on to use the in-cluster default.";
            case "fqdn" -> "Write a fully qualified domain name without scheme, port or path, e.g. gitpod.example.com.";
            case "installation_kind" -> "Write one of Full, Meta, IDE, WebApp, Workspace (exactly in this case).";
            case "objectref_kind" -> "Write kind: secret (lower case).";
            case "log_level" -> "Write one of trace, debug, info, warning, error, fatal, panic.";
            case "fs_shift_method" -> "Write fuse or shiftfs.";
            case "startswith" -> "Write an absolute path.";
            case "url" -> "Write an absolute URL with a scheme, e.g. https://open-vsx.org.";
            case "block_new_users_passlist" ->
                "List at least one domain name in blockNewUsers.passlist, or set " + "blockNewUsers.enabled: false.";
            default -> INFO.fix();
        };
    }
}
