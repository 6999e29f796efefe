package dev.gitpodconfig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gitpodconfig.check.Finding;
import dev.gitpodconfig.check.Severity;
import dev.gitpodconfig.engine.CheckResult;
import dev.gitpodconfig.load.Position;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CheckstyleXmlWriterTest {

    @TempDir
    Path base;

    @Test
    void writesOneFileElementPerCheckedFileAndOneErrorPerFinding() {
        Finding ecr = new Finding(
                "registry-ecr-unsupported",
                Severity.ERROR,
                "gitpod/a.yaml",
                new Position(6, 10, 6, 40),
                "containerRegistry.external.url",
                "Amazon ECR cannot be Gitpod's registry.",
                "Use the in-cluster registry.");
        Finding note = new Finding(
                "config-ignored-block",
                Severity.WARNING,
                "gitpod/a.yaml",
                new Position(9, 3, 9, 9),
                "x",
                "Ignored <block> & more",
                "Remove \"it\".");
        String xml = CheckstyleXmlWriter.write(
                new CheckResult(List.of(ecr, note), List.of("gitpod/b.yaml", "gitpod/a.yaml"), List.of()), base);
        String a = base.toAbsolutePath().normalize().resolve("gitpod/a.yaml").toString();
        String b = base.toAbsolutePath().normalize().resolve("gitpod/b.yaml").toString();
        assertEquals("""
            <?xml version="1.0" encoding="UTF-8"?>
            <checkstyle version="4.3">
              <file name="%s">
                <error line="6" column="10" severity="error" message="Amazon ECR cannot be Gitpod&apos;s registry. Fix: Use the in-cluster registry." source="registry-ecr-unsupported"/>
                <error line="9" column="3" severity="warning" message="Ignored &lt;block&gt; &amp; more Fix: Remove &quot;it&quot;." source="config-ignored-block"/>
              </file>
              <file name="%s"/>
            </checkstyle>
            """.formatted(a, b), xml);
    }

    @Test
    void theFixtureParsesAsXmlKeepsItsFindingsAndHoldsNoSecret() throws Exception {
        CheckResult result = ReportFixture.check(base);
        String xml = CheckstyleXmlWriter.write(result, base);
        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList errors = document.getElementsByTagName("error");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < errors.getLength(); i++) {
            Element error = (Element) errors.item(i);
            Element file = (Element) error.getParentNode();
            found.add(Path.of(file.getAttribute("name")).getFileName() + ":" + error.getAttribute("line") + ":"
                    + error.getAttribute("column") + ":" + error.getAttribute("severity") + ":"
                    + error.getAttribute("source"));
        }
        // The suppressed config-wrong-type finding is not there.
        assertEquals(
                List.of(
                        "gitpod.config.yaml:7:10:error:registry-ecr-unsupported",
                        "gitpod.config.yaml:7:10:error:registry-url-format",
                        "gitpod.config.yaml:8:5:error:config-unknown-key",
                        "kots-config.yaml:8:14:warning:registry-gitlab-unsupported",
                        "kots-config.yaml:11:20:error:suppression-invalid"),
                found);
        assertEquals(3, document.getElementsByTagName("file").getLength());
        for (String secret : ReportFixture.SECRETS) {
            assertFalse(xml.contains(secret), secret);
        }
        assertEquals(xml, CheckstyleXmlWriter.write(ReportFixture.checker(base).check(), base));
    }

    /** A reader decodes &#10; into a line feed again, and tools such as reviewdog print names and messages to a log. */
    @Test
    void namesAndMessagesShowControlCharactersEscaped() throws Exception {
        String file = "evil\n::error::x\u001b[2J.yaml";
        Finding finding = new Finding(
                "config-unknown-key",
                Severity.ERROR,
                file,
                new Position(2, 3, 2, 9),
                "k",
                "Unknown key 'k\u001b[31m\ny'.",
                "Remove\r it.");
        String xml = CheckstyleXmlWriter.write(new CheckResult(List.of(finding), List.of(file), List.of()), base);
        Document document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element fileElement = (Element) document.getElementsByTagName("file").item(0);
        assertEquals(
                base.toAbsolutePath().normalize() + "/evil\\n::error::x\\u001b[2J.yaml",
                fileElement.getAttribute("name"));
        assertEquals(
                "Unknown key 'k\\u001b[31m\\ny'. Fix: Remove\\r it.",
                ((Element) document.getElementsByTagName("error").item(0)).getAttribute("message"));
    }

    @Test
    void attributeEscapingKeepsLineBreaksAndDropsWhatXmlForbids() {
        assertEquals(
                "a&#10;b&#13;&#9;c\uFFFD\uFFFD\uD83D\uDE00",
                CheckstyleXmlWriter.attribute("a\nb\r\tc\u0001\uD800\uD83D\uDE00"));
    }
}
