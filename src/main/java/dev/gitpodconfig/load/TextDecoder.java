package dev.gitpodconfig.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, honouring a byte-order mark and reporting the first byte that is not
 * valid in the encoding (with its line and column) instead of silently replacing it.
 */
final class TextDecoder {

    /** The outcome: the text, or the problem that stopped decoding. */
    record Decoded(String text, YamlProblem problem) {}

    private TextDecoder() {}

    static Decoded decode(byte[] bytes, Charset configured) {
        Charset charset = configured;
        int offset = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            offset = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            offset = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            offset = 2;
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            // Fast path: the JDK's UTF-8 String constructor is far quicker than a CharsetDecoder. It replaces bad
            // bytes with U+FFFD, so only text that holds U+FFFD (a bad byte, or rarely a real U+FFFD) goes on
            // to the strict decoder below, which reports the bad byte's position.
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return new Decoded(text, null);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out =
                CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            out.flip();
            return new Decoded(
                    null,
                    new YamlProblem(
                            YamlProblem.Kind.SYNTAX,
                            "the file is not valid " + charset.name() + " (byte 0x"
                                    + String.format("%02X", bytes[Math.min(bad, bytes.length - 1)] & 0xFF)
                                    + " at offset " + bad
                                    + "); save it as UTF-8 or set the plugin's encoding parameter",
                            // The characters decoded so far end just before the bad byte: count lines and columns in
                            // them,
                            // so a multi-byte character (or UTF-16) earlier on the line does not shift the column.
                            positionOf(out, out.limit()),
                            ""));
        }
        out.flip();
        return new Decoded(out.toString(), null);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The 1-based line and column of a character index in a text, counting columns in code points and
     * line breaks ({@code \n}, {@code \r\n}, a lone {@code \r}, NEL, LS, PS) as SnakeYAML's marks do.
     *
     * @param text the text
     * @param index the index of the character, in chars
     * @return its position
     */
    static Position positionOf(CharSequence text, int index) {
        int line = 1;
        int column = 1;
        int end = Math.min(index, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n'
                    || c == '\u0085'
                    || c == '\u2028'
                    || c == '\u2029'
                    || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c)) {
                column++;
            }
        }
        return Position.at(line, column);
    }
}
