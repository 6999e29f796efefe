package dev.gitpodconfig.check.structure;

import dev.gitpodconfig.check.CheckTarget;
import dev.gitpodconfig.check.FindingSink;
import dev.gitpodconfig.check.Rule;
import dev.gitpodconfig.check.RuleInfo;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.classify.DocumentClassifier;
import dev.gitpodconfig.load.LoadedDocument;
import dev.gitpodconfig.model.DocumentKind;
import java.util.List;

/**
 * {@code config-multi-document}: an installer config that shares its file with other YAML documents. Reported
 * once per file, at the first installer config; every document is still checked on its own.
 */
public final class ConfigMultiDocumentRule implements Rule {

    private static final RuleInfo INFO = RuleInfo.builder("config-multi-document")
            .severity(Severity.WARNING)
            .title("an installer config that shares its file with other documents")
            .summary("An installer config in a file that holds more than one YAML document.")
            .description("""
                A file with an installer config and any other YAML document: another config, a Kubernetes resource,
                KOTS ConfigValues, or an empty document after a trailing `---`. It is reported once per file, at the
                first installer config. Each document is still checked on its own, as if it had a file of its own.
                """)
            .rationale("""
                The installer reads its config file as one document: it joins every document of the file into one
                (with yq, without the `---` separators), and then parses the result strictly. The keys of the other
                documents make that parse fail (`key "kind" already set in map`, `unknown field "metadata"`), so the
                installer cannot take the file as it is.
                """)
            .fix("Keep the installer config in a file of its own, and give the installer that file.")
            .gitpodSource("install/installer/pkg/config/loader.go", "the config file is read with yq, then strictly")
            .gitpodSource("install/installer/pkg/yq/yq.go", "yq prints the documents without separators")
            .build();

    private static final DocumentClassifier CLASSIFIER = new DocumentClassifier();

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public void check(CheckTarget target, FindingSink findings) {
        List<LoadedDocument> documents = target.file().documents();
        if (target.kind() != DocumentKind.INSTALLER_CONFIG || target.document().isEmpty() || documents.size() < 2) {
            return;
        }
        LoadedDocument document = target.document().get();
        for (LoadedDocument earlier : documents.subList(0, document.index())) {
            if (CLASSIFIER.classify(earlier.root()).kind() == DocumentKind.INSTALLER_CONFIG) {
                return; // reported at that one: once per file
            }
        }
        int others = documents.size() - 1;
        // TODO installerRejects: mark the finding with the Finding's installerRejects flag once it exists.
        findings.at(document.root().orElseThrow().position(), "")
                .message("This installer config shares its file with " + others + " other YAML document"
                        + (others == 1 ? "" : "s") + ". The installer joins all documents of its config file into "
                        + "one and parses that strictly, so it cannot take this file as it is; each document is "
                        + "checked here on its own.")
                .report();
    }
}
