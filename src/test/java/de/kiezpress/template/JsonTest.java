package de.kiezpress.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void writesObjectsInTheirOrderAndSkipsAbsentValues() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("b", 1);
        map.put("a", List.of("x", true));
        map.put("leer", null);

        assertThat(Json.write(map)).isEqualTo("{\"b\":1,\"a\":[\"x\",true]}");
    }

    @Test
    void escapesSoTheJsonIsSafeInsideAScriptElement() {
        String json = Json.write(List.of("</script><script>alert(\"x\")</script>", "a & b\n\u2028", "\u0001"));

        assertThat(json).doesNotContain("</script>").doesNotContain("<").doesNotContain("&");
        assertThat(json).isEqualTo("[\"\\u003c/script\\u003e\\u003cscript\\u003ealert(\\\"x\\\")\\u003c/script\\u003e\","
                + "\"a \\u0026 b\\n\\u2028\",\"\\u0001\"]");
    }
}
