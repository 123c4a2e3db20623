package io.gatehouse.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonPathTest {

    @Test
    void childWhenPlainNameThenDotNotation() {
        assertEquals("$.userPools[0].clients[1].callbackUrls[0]",
                JsonPath.ROOT.child("userPools").index(0).child("clients").index(1).child("callbackUrls").index(0).toString());
    }

    @Test
    void childWhenNameHasPunctuationThenBracketNotation() {
        assertEquals("$.attributes['custom:dept']", JsonPath.ROOT.child("attributes").child("custom:dept").toString());
    }

    @Test
    void childWhenNameHasQuoteThenEscaped() {
        assertEquals("$['it\\'s']", JsonPath.ROOT.child("it's").toString());
    }
}
