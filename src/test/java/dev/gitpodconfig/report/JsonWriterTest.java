package dev.gitpodconfig.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonWriterTest {

    @Test
    void writesIndentedStableJson() {
        String json = new JsonWriter().beginObject()
                .field("a", "x")
                .name("list").beginArray().value(1).value(true).value((String) null).beginObject().endObject().endArray()
                .name("empty").beginArray().endArray()
                .textField("message", "hi")
                .endObject().toString();
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
        String json = new JsonWriter().beginObject().field("s", tricky).endObject().toString();
        assertEquals("{\n  \"s\": \"q\\\" b\\\\ n\\n r\\r t\\t \\u0001 \\u2028 \\ud800 \uD83D\uDE00 ü </script>\"\n}\n", json);
        JsonNode parsed = JsonMapper.builder().build().readTree(json);
        assertEquals(tricky, parsed.get("s").asString());
    }
}
