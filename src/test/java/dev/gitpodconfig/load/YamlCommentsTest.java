package dev.gitpodconfig.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlCommentsTest {

    private static List<String> comments(String yaml) {
        return YamlComments.of(new SourceText(yaml), yaml).stream()
                .map(c -> c.position().line() + ":" + c.position().column() + (c.standalone() ? " alone" : " end")
                        + " [" + c.text().strip() + "]")
                .toList();
    }

    @Test
    void findsStandaloneAndTrailingCommentsButNotHashesInScalars() {
        String yaml =
                "# top\na: \"x # not\" # end of a\nb: |\n  # block content\n  text\nc:\n  # above d\n  d: 'y#z' #tight\n";
        assertEquals(
                List.of("1:1 alone [top]", "2:14 end [end of a]", "7:3 alone [above d]", "8:12 end [tight]"),
                comments(yaml));
    }

    @Test
    void keepsTheCommentsBeforeASyntaxError() {
        assertEquals(List.of("1:1 alone [first]"), comments("# first\na: b: c\n# after the error\nd: 1\n"));
    }
}
