package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.ConfigRule;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.model.ConfigValue;
import dev.gitpodconfig.model.GitpodConfig;
import dev.gitpodconfig.model.InstallerDecoder;

/**
 * {@code config-invalid-value}: what {@code gitpod-installer validate config} of release 2022.11.3 rejects in
 * a config that decodes: a failed validator tag ({@code required}, {@code required_if}, {@code fqdn},
 * {@code installation_kind}, {@code objectref_kind}, {@code log_level}, ...) or a conflict between a setting
 * and its deprecated experimental twin. Errors in the registry, storage and database blocks; warnings
 * elsewhere, since platform repositories keep templates whose {@code domain} is filled in at deploy time.
 */
public final class ConfigInvalidValueRule extends ConfigRule {

    /** The rule's id. */
    public static final String ID = "config-invalid-value";

    private static final RuleInfo INFO = new RuleInfo(
            ID,
            Severity.ERROR,
            "A value or a missing field that the 2022.11.3 installer's validation rejects (required fields, domain, "
                    + "kind, logLevel, secret references, conflicting settings).",
            "After decoding, the installer validates every block that is present, used or not: a required field left "
                    + "out, a domain that is not a fully qualified name, a kind or secret reference kind it does not "
                    + "know, or a setting given both in its place and in experimental stops the install.",
            "install/installer/pkg/config/v1/config.go, v1/validation.go and config/validation.go at 2022.11.3",
            "Give the field the value the installer expects.");

    /** Creates the rule. */
    public ConfigInvalidValueRule() {
        super(INFO);
    }

    @Override
    protected void check(GitpodConfig config, CheckTarget target, FindingSink findings) {
        for (InstallerDecoder.Problem problem : config.installerProblems()) {
            if (problem.kind() == InstallerDecoder.Kind.MISSING_FROM_OVERLAY) {
                reportOutsideOverlay(config, problem, findings);
                continue;
            }
            if (problem.kind() != InstallerDecoder.Kind.VALIDATION && problem.kind() != InstallerDecoder.Kind.CONFLICT) {
                continue;
            }
            String path = config.pathOf(problem.path());
            boolean blocking = path.startsWith(config.pathOf("containerRegistry"))
                    || path.startsWith(config.pathOf("objectStorage")) || path.startsWith(config.pathOf("database"));
            String words = problem.kind() == InstallerDecoder.Kind.CONFLICT
                    ? "The installer's validation fails: " + problem.message() + " (" + path + ")"
                    : "The installer's validation fails: " + problem.message();
            String message = blocking ? words + "; the 2022.11.3 installer rejects the file."
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
     * A partial overlay (no apiVersion or kind) leaves out a required field: the file alone is no config the
     * installer takes, which is fine when the rest is merged in before the install. A note, not a warning.
     */
    private static void reportOutsideOverlay(GitpodConfig config, InstallerDecoder.Problem problem,
            FindingSink findings) {
        String path = config.pathOf(problem.path());
        (problem.at() == null ? findings.at(Position.START_OF_FILE, path) : findings.at(ConfigValue.of(path,
                problem.at())))
                .severity(Severity.INFO)
                .message("This file has no apiVersion or kind, so it is checked as part of a config: as it stands, "
                        + "the 2022.11.3 installer rejects it (" + problem.message() + ").")
                .fix("Make sure the config the installer gets sets " + path + ", or add apiVersion: v1 to check this "
                        + "file as a whole config.")
                .installerRejects()
                .report();
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
            case "block_new_users_passlist" -> "List at least one domain name in blockNewUsers.passlist, or set "
                    + "blockNewUsers.enabled: false.";
            default -> INFO.fix();
        };
    }
}
