package io.gatehouse.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jackson failures become details that name the field and the expected JSON type, never the input. */
class JsonErrorsTest {

    record Scope(String name) {
    }

    record Body(String name, Boolean flag, Long seconds, List<Scope> scopes) {
    }

    private final ObjectReader reader = new StrictJson().apply(new ObjectMapper(), Body.class);

    private String describe(String json) {
        return JsonErrors.describe(assertThrows(JsonProcessingException.class, () -> reader.readValue(json)));
    }

    @Test
    void describeWhenUnknownNestedFieldThenItsPath() {
        assertEquals("Unknown field 'scopes[1].colour'",
                describe("{\"scopes\": [{\"name\": \"a\"}, {\"name\": \"b\", \"colour\": \"red\"}]}"));
    }

    @Test
    void describeWhenWrongTypesThenExpectedJsonType() {
        assertEquals("Field 'flag' must be a JSON boolean", describe("{\"flag\": \"yes\"}"));
        assertEquals("Field 'seconds' must be a JSON number", describe("{\"seconds\": \"ten\"}"));
        assertEquals("Field 'name' must be a JSON string", describe("{\"name\": [1]}"));
        assertEquals("Field 'scopes' must be a JSON array", describe("{\"scopes\": 3}"));
        assertEquals("Request body must be a JSON object", describe("[]"));
    }

    @Test
    void describeWhenSyntaxErrorThenPositionWithoutInput() {
        String detail = describe("{\"name\": \"Secret-Passw0rd\" oops}");
        assertTrue(detail.startsWith("Request body is not valid JSON (line 1, column "), detail);
        assertTrue(!detail.contains("Secret-Passw0rd") && !detail.contains("oops"), detail);
    }

    @Test
    void describeWhenTrailingContentThenRejected() {
        assertThrows(JsonProcessingException.class, () -> reader.readValue("{\"name\": \"a\"} {}"));
    }
}
