package dev.gitpodconfig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonWriterTest {

    @Test
    void writesIndentedStableJson() {
        String json = new JsonWriter()
                .beginObject()
                .field("a", "x")
                .name("list")
                .beginArray()
                .value(1)
                .value(true)
                .value((String) null)
                .beginObject()
                .endObject()
                .endArray()
                .name("empty")
                .beginArray()
                .endArray()
                .textField("message", "hi")
                .endObject()
                .toString();
        assertEquals("""
                {
                  "a": "x",
                  "list": [
                    1,
                    true,
                    null,
                    {}
                  ],
                  "empty": [],
                  "message": {
                    "text": "hi"
                  }
                }
                """, json);
    }

    @Test
    void escapesEverythingJsonRequiresAndWhatBreaksUtf8() {
        String tricky = "q\" b\\ n\n r\r t\t \u0001 \u2028 \uD800 \uD83D\uDE00 ü </script>";
        String json =
                new JsonWriter().beginObject().field("s", tricky).endObject().toString();
        assertEquals(
                "{\n  \"s\": \"q\\\" b\\\\ n\\n r\\r t\\t \\u0001 \\u2028 \\ud800 \uD83D\uDE00 ü </script>\"\n}\n",
                json);
        JsonNode parsed = JsonMapper.builder().build().readTree(json);
        assertEquals(tricky, parsed.get("s").asString());
    }

    @Test
    void escapesWhereverTheFirstCharacterThatNeedsItIs() {
        // The writer copies the plain start of a string in one go and escapes from the first special character on.
        for (String tricky : new String[] {
            "\"at the start",
            "at the end\n",
            "a long plain start ... then \u2029 and \\",
            "plain \uD83D\uDE00 pair then \uDC00 lone",
            "",
            "plain only"
        }) {
            String json = new JsonWriter()
                    .beginObject()
                    .field("s", tricky)
                    .endObject()
                    .toString();
            JsonNode parsed = JsonMapper.builder().build().readTree(json);
            assertEquals(tricky, parsed.get("s").asString(), json);
        }
        assertEquals(
                "{\n  \"s\": \"ab\\n\\u2029\"\n}\n",
                new JsonWriter()
                        .beginObject()
                        .field("s", "ab\n\u2029")
                        .endObject()
                        .toString());
    }

    @Test
    void indentsAndClosesBeyondTheUsualDepths() {
        // Deeper than the writer's preallocated stack and indentation (16 levels), with a string of every kind of
        // character between the escapes: DEL, Latin-1 and a BMP symbol stay as they are.
        int depth = 40;
        JsonWriter writer = new JsonWriter();
        for (int i = 0; i < depth; i++) {
            writer.beginArray();
        }
        writer.value("del \u007f latin \u00e9 symbol \u20ac");
        for (int i = 0; i < depth; i++) {
            writer.endArray();
        }
        String json = writer.toString();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            expected.append("  ".repeat(i)).append("[\n");
        }
        expected.append("  ".repeat(depth)).append("\"del \u007f latin \u00e9 symbol \u20ac\"\n");
        for (int i = depth - 1; i >= 0; i--) {
            expected.append("  ".repeat(i)).append("]\n");
        }
        assertEquals(expected.toString(), json);
        JsonNode parsed = JsonMapper.builder().build().readTree(json);
        JsonNode innermost = parsed;
        for (int i = 1; i < depth; i++) {
            innermost = innermost.get(0);
        }
        assertEquals("del \u007f latin \u00e9 symbol \u20ac", innermost.get(0).asString());
    }
}
