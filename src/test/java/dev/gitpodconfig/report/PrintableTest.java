package dev.gitpodconfig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void lineBreaksAndTabsBecomeTheirBackslashEscapes() {
        assertEquals(
                "evil\\n::stop-commands::pwnd\\r\\n\\t.yaml",
                Printable.escape("evil\n::stop-commands::pwnd\r\n\t.yaml"));
    }

    @Test
    void otherControlCharactersBecomeUnicodeEscapes() {
        assertEquals(
                "\\u001b[2J\\u001b]0;title\\u0007 \\u0000 \\u007f \\u0085 \\u009b \\u2028 \\u2029",
                Printable.escape("\u001b[2J\u001b]0;title\u0007 \u0000 \u007f \u0085 \u009b \u2028 \u2029"));
    }

    @Test
    void printableTextIsReturnedAsItIs() {
        String text = "gitpod\\gitpod.config.yaml: 'ü' 100% {{ .Values }} €";
        assertSame(text, Printable.escape(text));
        assertEquals("null", Printable.escape(null));
    }
}
