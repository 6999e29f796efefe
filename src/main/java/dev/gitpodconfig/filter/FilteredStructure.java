package dev.gitpodconfig.filter;

import dev.gitpodconfig.load.LoadedDocument;
import dev.gitpodconfig.load.Position;
import dev.gitpodconfig.load.YamlMapping;
import dev.gitpodconfig.load.YamlNode;
import dev.gitpodconfig.load.YamlProblem;
import dev.gitpodconfig.load.YamlScalar;
import dev.gitpodconfig.load.YamlSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds values that filtering turns into YAML structure: a value holding {@code key: value}, a flow mapping, a
 * {@code #} that starts a comment, or a quote that ends its string. The file may still load, but the value is no
 * longer one scalar holding what the property says, so the installer reads something else than the POM meant.
 */
public final class FilteredStructure {

    private FilteredStructure() {}

    /**
     * Adds a {@link YamlProblem.Kind#FILTERED_STRUCTURE} problem at each expression that sits inside a scalar but
     * whose value no scalar there holds. An expression no node covers (in a comment) is left alone.
     *
     * @param documents the documents loaded from the filtered text, positions in the source
     * @param filtered the filtering of the file
     * @return the documents, with the problems added
     */
    public static List<LoadedDocument> check(List<LoadedDocument> documents, FilteredText filtered) {
        List<LoadedDocument> checked = new ArrayList<>(documents.size());
        for (LoadedDocument document : documents) {
            List<YamlScalar> scalars = new ArrayList<>();
            if (document.root().isPresent()) {
                scalars(document.root().get(), scalars);
            }
            List<YamlProblem> added = new ArrayList<>();
            for (Substitution substitution : filtered.substitutions()) {
                boolean covered = false;
                boolean holds = false;
                for (YamlScalar scalar : scalars) {
                    if (contains(scalar.position(), substitution.position())) {
                        covered = true;
                        holds |= scalar.value().contains(substitution.value());
                    }
                }
                if (covered && !holds) {
                    added.add(new YamlProblem(
                            YamlProblem.Kind.FILTERED_STRUCTURE,
                            "After Maven resource filtering "
                                    + "the value of `" + substitution.expression()
                                    + "` is YAML structure, not part of one "
                                    + "value (it holds `: `, ` #`, a quote, a bracket or a brace): quote the value the "
                                    + "property gives, or put the placeholder in single quotes if the value has none.",
                            substitution.position(),
                            ""));
                }
            }
            if (added.isEmpty()) {
                checked.add(document);
            } else {
                List<YamlProblem> problems = new ArrayList<>(document.problems());
                problems.addAll(added);
                checked.add(new LoadedDocument(document.index(), document.root(), problems));
            }
        }
        return checked;
    }

    private static void scalars(YamlNode node, List<YamlScalar> into) {
        if (node instanceof YamlScalar scalar) {
            into.add(scalar);
        } else if (node instanceof YamlMapping mapping) {
            for (YamlMapping.Entry entry : mapping.entries()) {
                into.add(entry.key());
                scalars(entry.value(), into);
            }
        } else if (node instanceof YamlSequence sequence) {
            for (YamlNode item : sequence.items()) {
                scalars(item, into);
            }
        }
    }

    private static boolean contains(Position outer, Position inner) {
        return compare(outer.line(), outer.column(), inner.line(), inner.column()) <= 0
                && compare(inner.endLine(), inner.endColumn(), outer.endLine(), outer.endColumn()) <= 0;
    }

    private static int compare(int line, int column, int otherLine, int otherColumn) {
        return line != otherLine ? Integer.compare(line, otherLine) : Integer.compare(column, otherColumn);
    }
}
