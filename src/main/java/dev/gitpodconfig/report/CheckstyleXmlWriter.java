package dev.gitpodconfig.report;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.engine.CheckResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes a check result in Checkstyle's XML format, which Jenkins warnings-ng, reviewdog and most CI
 * dashboards read: a {@code <file name>} per checked file (absolute paths, as Checkstyle writes them,
 * so that tools resolve them whatever the module's place in the repository) holding an
 * {@code <error line column severity message source>} per finding, the source being the rule id.
 * Suppressed findings are left out. The output is deterministic.
 *
 * <p>Names and messages are {@link Printable printable}: XML character references would hand a reader
 * the raw control characters back, and tools such as reviewdog print them to a CI log. A file whose
 * name holds one is then named by its escaped form.
 */
public final class CheckstyleXmlWriter {

    /** The report's file name. */
    public static final String FILE_NAME = "gitpod-config-checkstyle.xml";

    private CheckstyleXmlWriter() {}

    /**
     * Writes a result.
     *
     * @param result the check result; its paths are relative to {@code baseDirectory}
     * @param baseDirectory the project directory
     * @return the XML document
     */
    public static String write(CheckResult result, Path baseDirectory) {
        Map<String, List<Finding>> byFile = new TreeMap<>();
        new TreeSet<>(result.checkedFiles()).forEach(file -> byFile.put(file, new ArrayList<>()));
        result.findings()
                .forEach(f ->
                        byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        StringBuilder xml =
                new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n");
        Path base = baseDirectory.toAbsolutePath().normalize();
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            String name = base.resolve(file.getKey()).normalize().toString();
            xml.append("  <file name=\"")
                    .append(attribute(Printable.escape(name)))
                    .append('"');
            if (file.getValue().isEmpty()) {
                xml.append("/>\n");
                continue;
            }
            xml.append(">\n");
            for (Finding finding : file.getValue()) {
                xml.append("    <error line=\"")
                        .append(Math.max(1, finding.position().line()))
                        .append("\" column=\"")
                        .append(Math.max(1, finding.position().column()))
                        .append("\" severity=\"")
                        .append(finding.severity().id())
                        .append("\" message=\"")
                        .append(attribute(Printable.escape(finding.message() + " Fix: " + finding.fix())))
                        .append("\" source=\"")
                        .append(attribute(finding.ruleId()))
                        .append("\"/>\n");
            }
            xml.append("  </file>\n");
        }
        return xml.append("</checkstyle>\n").toString();
    }

    /**
     * Escapes text for an XML 1.0 attribute value: markup characters become entities, line breaks and
     * tabs character references (so they survive attribute normalisation), and characters XML 1.0
     * forbids (other control characters, unpaired surrogates, U+FFFE, U+FFFF) become U+FFFD.
     *
     * @param text the text
     * @return the escaped text
     */
    static String attribute(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                    if (Character.isHighSurrogate(c)
                            && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
