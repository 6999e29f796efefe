package dev.gitpodconfig.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a rule is, for the rule catalogue ({@code docs/rules.md}, generated from it), the {@code rules}
 * goal and the reports. Built with named fields, so that each text says where it is written:
 *
 * <pre>{@code
 * RuleInfo.builder("registry-ecr-unsupported")
 *         .severity(Severity.ERROR)
 *         .title("Amazon ECR as the external registry")
 *         .summary("The external registry in use is Amazon ECR.")
 *         ...
 *         .build();
 * }</pre>
 *
 * <p>Every text is written once, here, and shown on the catalogue page, on the console and in SARIF, so
 * it follows one small format. Words in backticks are code: the page shows them as code, the console
 * and SARIF without the backticks. An empty line separates paragraphs, a line that starts with
 * {@code "* "} is a list item, and any other line break only wraps the source; the builder stores each
 * text with one line per paragraph or list item.
 */
public final class RuleInfo {

    /** The Gitpod release the rules describe; Gitpod source files are cited at this tag. */
    public static final String GITPOD_RELEASE = "2022.11.3";

    private static final String GITPOD_FILES = "https://github.com/gitpod-io/gitpod/blob/" + GITPOD_RELEASE + "/";
    private static final String RESOURCE_CONFIGURATION =
            "https://www.gitpod.io/docs/configure/self-hosted/latest/resource-configuration";

    private final String id;
    private final Severity defaultSeverity;
    private final String title;
    private final List<Source> sources;
    // The long texts (summary, description, rationale, fix) as the rule wrote them, laid out on first read: every
    // clean build loads every rule, but only reports and the catalogue read these, and laying them all out cost
    // about 3 ms of each clean build. A race lays a text out twice, to the same immutable String.
    private static final int SUMMARY = 0;
    private static final int DESCRIPTION = 1;
    private static final int RATIONALE = 2;
    private static final int FIX = 3;
    private final String[] written;
    private final String[] laidOut = new String[4];

    private RuleInfo(Builder builder) {
        this.id = builder.id;
        this.defaultSeverity = builder.severity;
        this.title = builder.title;
        this.written = new String[] {builder.summary, builder.description, builder.rationale, builder.fix};
        this.sources = List.copyOf(builder.sources);
    }

    /** One of the long texts, laid out as {@link Builder} describes on its first read. */
    private String text(int which) {
        String text = laidOut[which];
        if (text == null) {
            text = Builder.normalise(written[which]);
            laidOut[which] = text;
        }
        return text;
    }

    /**
     * Starts a rule's description.
     *
     * @param id the stable rule id, e.g. {@code registry-ecr-unsupported}
     * @return a builder on which every field but the sources must be set once
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /**
     * The stable rule id, used in messages, {@code skipRules}, {@code severities}, suppressions and reports.
     *
     * @return the id, e.g. {@code registry-ecr-unsupported}
     */
    public String id() {
        return id;
    }

    /**
     * The severity of the rule's findings unless the POM changes it.
     *
     * @return the default severity
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /**
     * A few words for the catalogue's tables: what the rule finds.
     *
     * @return e.g. "Amazon ECR as the external registry"
     */
    public String title() {
        return title;
    }

    /**
     * One sentence: what the rule finds (the {@code rules} goal's list, SARIF {@code shortDescription}).
     *
     * @return the summary
     */
    public String summary() {
        return text(SUMMARY);
    }

    /**
     * What the rule finds, in full: where it looks, what it reports where, and what it leaves alone.
     *
     * @return the description, one line per paragraph or list item
     */
    public String description() {
        return text(DESCRIPTION);
    }

    /**
     * Why it matters: what fails on a real cluster.
     *
     * @return the rationale, one line per paragraph or list item
     */
    public String rationale() {
        return text(RATIONALE);
    }

    /**
     * The areas the rule belongs to, for filters in code-scanning tools (SARIF {@code properties.tags}): one of
     * {@code registry}, {@code storage}, {@code database}, {@code security} (Secrets and certificates) and
     * {@code structure} (how the file is written and read), taken from the rule id's first word.
     *
     * @return the tags, never empty
     */
    public List<String> tags() {
        String family = id.substring(0, id.indexOf('-') < 0 ? id.length() : id.indexOf('-'));
        return switch (family) {
            case "registry" -> List.of("registry");
            case "storage" -> List.of("storage");
            case "database" -> List.of("database");
            case "secret", "certificate" -> List.of("security");
            default -> List.of("structure");
        };
    }

    /**
     * The public sources the rule rests on: Gitpod's documentation, Gitpod's source files at
     * {@value #GITPOD_RELEASE}, cloud vendors' documentation, public issues.
     *
     * @return the sources, at least one
     */
    public List<Source> sources() {
        return sources;
    }

    /**
     * How to fix a finding, in general. Some rules give it as their findings' fix, so it never holds
     * backticks there.
     *
     * @return the fix
     */
    public String fix() {
        return text(FIX);
    }

    @Override
    public String toString() {
        return "RuleInfo[" + id + "]";
    }

    /**
     * A public source of a rule.
     *
     * @param title what it is, in the rule text format (backticks for paths)
     * @param url its address, always {@code https}
     */
    public record Source(String title, String url) {

        /**
         * Checks the source.
         *
         * @param title what it is
         * @param url its address
         * @throws IllegalArgumentException when the title is blank or the address is not {@code https}
         */
        public Source {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("a source needs a title");
            }
            if (url == null || !url.startsWith("https://") || url.contains(" ")) {
                throw new IllegalArgumentException("not an https address: " + url);
            }
        }
    }

    /** Collects a rule's fields by name; {@link #build()} checks that each is set. */
    public static final class Builder {

        private final String id;
        private Severity severity;
        private String title;
        private String summary;
        private String description;
        private String rationale;
        private String fix;
        private final List<Source> sources = new ArrayList<>();

        private Builder(String id) {
            this.id = Objects.requireNonNull(id, "id");
        }

        /**
         * Sets the default severity.
         *
         * @param severity the severity of the rule's findings unless the POM changes it
         * @return this builder
         */
        public Builder severity(Severity severity) {
            this.severity = severity;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param text a few words for tables: what the rule finds
         * @return this builder
         * @see RuleInfo#title()
         */
        public Builder title(String text) {
            this.title = normalise(text);
            return this;
        }

        /**
         * Sets the summary.
         *
         * @param text one sentence: what the rule finds
         * @return this builder
         * @see RuleInfo#summary()
         */
        public Builder summary(String text) {
            this.summary = text;
            return this;
        }

        /**
         * Sets the description.
         *
         * @param text what the rule finds, in full
         * @return this builder
         * @see RuleInfo#description()
         */
        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /**
         * Sets the rationale.
         *
         * @param text why it matters: what fails on a real cluster
         * @return this builder
         * @see RuleInfo#rationale()
         */
        public Builder rationale(String text) {
            this.rationale = text;
            return this;
        }

        /**
         * Sets the fix.
         *
         * @param text how to fix a finding, in general
         * @return this builder
         * @see RuleInfo#fix()
         */
        public Builder fix(String text) {
            this.fix = text;
            return this;
        }

        /**
         * Adds a public source.
         *
         * @param title what it is
         * @param url its {@code https} address
         * @return this builder
         */
        public Builder source(String title, String url) {
            sources.add(new Source(normalise(title), url));
            return this;
        }

        /**
         * Adds a section of Gitpod's documentation page "Resource Configuration" (Self-Hosted).
         *
         * @param section the section's name, e.g. "Amazon ECR"
         * @param anchor the section's anchor on the page, e.g. {@code amazon-elastic-container-registry-ecr}
         * @return this builder
         */
        public Builder gitpodDocs(String section, String anchor) {
            return source(
                    "Gitpod Self-Hosted documentation, \"Resource Configuration\", " + section,
                    RESOURCE_CONFIGURATION + "#" + anchor);
        }

        /**
         * Adds a file of Gitpod's source code at release {@value RuleInfo#GITPOD_RELEASE}.
         *
         * @param path the file's path in the gitpod-io/gitpod repository
         * @return this builder
         */
        public Builder gitpodSource(String path) {
            return source("Gitpod " + GITPOD_RELEASE + ", `" + path + "`", GITPOD_FILES + path);
        }

        /**
         * Adds a file of Gitpod's source code at release {@value RuleInfo#GITPOD_RELEASE}, saying what in it
         * the rule rests on.
         *
         * @param path the file's path in the gitpod-io/gitpod repository
         * @param what what in the file the rule rests on, e.g. "the help text of `reg_incluster_storage`"
         * @return this builder
         */
        public Builder gitpodSource(String path, String what) {
            return source("Gitpod " + GITPOD_RELEASE + ", `" + path + "`: " + what, GITPOD_FILES + path);
        }

        /**
         * Checks and builds.
         *
         * @return the rule's description
         * @throws IllegalStateException when a field is missing or blank, or no source is given
         */
        public RuleInfo build() {
            require(severity != null, "severity");
            for (String[] field : new String[][] {
                {"title", title},
                {"summary", summary},
                {"description", description},
                {"rationale", rationale},
                {"fix", fix}
            }) {
                require(field[1] != null && !field[1].isBlank(), field[0]);
            }
            require(!sources.isEmpty(), "source");
            return new RuleInfo(this);
        }

        private void require(boolean set, String field) {
            if (!set) {
                throw new IllegalStateException("rule " + id + " has no " + field);
            }
        }

        /**
         * One line per paragraph or list item: lines of a paragraph are joined with a space, an empty
         * line ends a paragraph, and a line starting with "* " starts a list item (its indented lines
         * continue it).
         */
        private static String normalise(String text) {
            List<String> blocks = new ArrayList<>();
            StringBuilder block = new StringBuilder();
            for (String raw : text.split("\n", -1)) {
                String line = raw.strip();
                if (line.isEmpty() || line.startsWith("* ")) {
                    if (block.length() > 0) {
                        blocks.add(block.toString());
                        block.setLength(0);
                    }
                    block.append(line);
                } else {
                    block.append(block.length() > 0 ? " " : "").append(line);
                }
            }
            if (block.length() > 0) {
                blocks.add(block.toString());
            }
            return String.join("\n", blocks);
        }
    }
}
