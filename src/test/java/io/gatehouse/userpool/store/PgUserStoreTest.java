package io.gatehouse.userpool.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The prefix-search range of {@link PgUserStore#search}: every string with the prefix lies in [prefix, bound). */
class PgUserStoreTest {

    @Test
    void prefixUpperBoundWhenAsciiThenLastCharacterIncremented() {
        assertThat(PgUserStore.prefixUpperBound("ali")).contains("alj");
        assertThat(PgUserStore.prefixUpperBound("a@b.")).contains("a@b/");
    }

    @Test
    void prefixUpperBoundWhenSupplementaryCharacterThenWholeCodePointIncremented() {
        String smile = new String(Character.toChars(0x1F600));
        assertThat(PgUserStore.prefixUpperBound("x" + smile)).contains("x" + new String(Character.toChars(0x1F601)));
    }

    @Test
    void prefixUpperBoundWhenBeforeSurrogatesThenSkipsToFirstCharacterAfterThem() {
        assertThat(PgUserStore.prefixUpperBound("a\uD7FF")).contains("a\uE000");
    }

    @Test
    void prefixUpperBoundWhenEmptyOrLastCodePointThenNone() {
        assertThat(PgUserStore.prefixUpperBound("")).isEmpty();
        assertThat(PgUserStore.prefixUpperBound("a" + new String(Character.toChars(Character.MAX_CODE_POINT)))).isEmpty();
    }
}
