package io.gatehouse.aws.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Reading AWS JSON request members, without a server. */
class JsonInputTest {

    private static JsonInput parse(String json) {
        return JsonInput.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void parseWhenMembersThenTypedValues() {
        JsonInput in = parse("{\"UserPoolId\":\"p\",\"Limit\":10,\"Permanent\":true,\"Names\":[\"a\",\"b\"],"
                + "\"Units\":{\"IdToken\":\"hours\"},\"Unknown\":{\"x\":1},\"Nothing\":null}");

        assertThat(in.requiredString("UserPoolId")).isEqualTo("p");
        assertThat(in.integer("Limit")).isEqualTo(10);
        assertThat(in.bool("Permanent")).isTrue();
        assertThat(in.strings("Names")).containsExactly("a", "b");
        assertThat(in.object("Units").string("IdToken")).isEqualTo("hours");
        assertThat(in.string("Nothing")).isNull();
        assertThat(in.has("Nothing")).isFalse();
        assertThat(in.strings("Absent")).isNull();
    }

    @Test
    void parseWhenEmptyBodyThenEmptyObject() {
        assertThat(JsonInput.parse(new byte[0]).has("anything")).isFalse();
    }

    @Test
    void parseWhenNotJsonOrNotObjectOrDuplicateThenSerializationException() {
        for (String body : new String[] {"{", "[]", "\"s\"", "{\"a\":1,\"a\":2}"}) {
            assertThatThrownBy(() -> parse(body)).isInstanceOfSatisfying(GatehouseException.class,
                    e -> assertThat(e.code()).isEqualTo(WireError.SERIALIZATION));
        }
    }

    @Test
    void memberWhenWrongTypeThenSerializationException() {
        JsonInput in = parse("{\"Limit\":\"10\",\"Name\":5,\"Names\":[1],\"Big\":99999999999}");

        assertThatThrownBy(() -> in.integer("Limit")).hasMessage("Member 'Limit' must be an integer");
        assertThatThrownBy(() -> in.string("Name")).hasMessage("Member 'Name' must be a string");
        assertThatThrownBy(() -> in.strings("Names")).hasMessage("Member 'Names' must be a list of strings");
        assertThatThrownBy(() -> in.integer("Big")).isInstanceOf(GatehouseException.class);
    }

    @Test
    void requiredStringWhenMissingThenInvalidParameterNamingTheMember() {
        assertThatThrownBy(() -> parse("{}").requiredString("UserPoolId"))
                .isInstanceOfSatisfying(GatehouseException.class,
                        e -> assertThat(e.code()).isEqualTo(CommonError.INVALID_PARAMETER))
                .hasMessageContaining("'userPoolId'").hasMessageContaining("must not be null");
    }
}
