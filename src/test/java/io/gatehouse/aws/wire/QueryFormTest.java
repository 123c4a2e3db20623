package io.gatehouse.aws.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.GatehouseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Form decoding of query-protocol parameters. */
class QueryFormTest {

    @Test
    void parseWhenFormEncodedThenPlusIsSpaceAndPercentIsUtf8() {
        Map<String, String> params = parse("Action=CreateUser&UserName=j%C3%BCrgen+x&Path=%2F&Flag");

        assertThat(params).containsExactly(Map.entry("Action", "CreateUser"), Map.entry("UserName", "jürgen x"),
                Map.entry("Path", "/"), Map.entry("Flag", ""));
    }

    @Test
    void parseWhenQueryStringAndBodyThenBothRead() {
        Map<String, String> params = QueryForm.parse(bytes("Version=2010-05-08"), Map.of("Action", List.of("ListUsers")));

        assertThat(params).containsEntry("Action", "ListUsers").containsEntry("Version", "2010-05-08");
    }

    @Test
    void parseWhenNameInQueryStringAndBodyThenInvalidQueryParameter() {
        assertThatThrownBy(() -> QueryForm.parse(bytes("Action=B"), Map.of("Action", List.of("A"))))
                .isInstanceOfSatisfying(GatehouseException.class,
                        e -> assertThat(e.code()).isEqualTo(QueryWireError.INVALID_QUERY_PARAMETER))
                .hasMessage("The parameter Action appears more than once");
    }

    @Test
    void parseWhenTruncatedPercentThenMalformedQueryString() {
        assertThatThrownBy(() -> parse("A=%4")).isInstanceOfSatisfying(GatehouseException.class,
                e -> assertThat(e.code()).isEqualTo(QueryWireError.MALFORMED_QUERY_STRING));
    }

    @Test
    void parseWhenBodyNotUtf8ThenMalformedQueryString() {
        assertThatThrownBy(() -> QueryForm.parse(new byte[] {'A', '=', (byte) 0xC3}, Map.of()))
                .isInstanceOfSatisfying(GatehouseException.class,
                        e -> assertThat(e.code()).isEqualTo(QueryWireError.MALFORMED_QUERY_STRING));
    }

    @Test
    void parseWhenEmptyNameOrTooLongNameThenInvalidQueryParameter() {
        assertThatThrownBy(() -> parse("=value")).isInstanceOf(GatehouseException.class);
        assertThatThrownBy(() -> parse("x".repeat(QueryForm.MAX_NAME_LENGTH + 1) + "=1"))
                .isInstanceOf(GatehouseException.class);
    }

    @Test
    void parseWhenTooManyParametersThenInvalidQueryParameter() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i <= QueryForm.MAX_PARAMETERS; i++) {
            body.append("P").append(i).append("=1&");
        }
        assertThatThrownBy(() -> parse(body.toString())).isInstanceOf(GatehouseException.class)
                .hasMessage("The request has more than " + QueryForm.MAX_PARAMETERS + " parameters");
    }

    @Test
    void parseWhenEmptyPairsThenSkipped() {
        assertThat(parse("&&A=1&")).containsExactly(Map.entry("A", "1"));
    }

    private static Map<String, String> parse(String body) {
        return QueryForm.parse(bytes(body), Map.of());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
