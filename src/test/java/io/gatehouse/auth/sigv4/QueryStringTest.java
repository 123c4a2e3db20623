package io.gatehouse.auth.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void parseWhenEncodedThenDecodedInWireOrder() {
        assertEquals(Map.of("cursor", List.of("a b/c+d="), "filter", List.of("x", "a"), "flag", List.of("")),
                QueryString.parse("cursor=a%20b%2Fc%2Bd%3D&filter=x&filter=a&flag"));
    }

    @Test
    void parseWhenPlusThenKeptAsPlus() {
        assertEquals(Map.of("q", List.of("a+b")), QueryString.parse("q=a+b"));
    }

    @Test
    void parseWhenUtf8EscapesThenDecoded() {
        assertEquals(Map.of("n\u00e4me", List.of("j\u00fcrgen")), QueryString.parse("n%C3%A4me=j%C3%BCrgen"));
    }

    @Test
    void parseWhenInvalidEscapeThenKeptLiterally() {
        assertEquals(Map.of("a", List.of("100%", "%zz", "%\u0663\u0663")), QueryString.parse("a=100%&a=%zz&a=%\u0663\u0663"));
    }

    @Test
    void parseWhenNullOrEmptyPiecesThenIgnored() {
        assertEquals(Map.of(), QueryString.parse(null));
        assertEquals(Map.of("a", List.of("1")), QueryString.parse("&&a=1&"));
    }
}
