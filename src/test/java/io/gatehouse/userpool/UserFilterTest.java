package io.gatehouse.userpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.GatehouseException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cognito's ListUsers filter syntax, parsed without a database. */
class UserFilterTest {

    private static final PoolUser ALICE = new PoolUser(UUID.fromString("0a1b2c3d-0000-4000-8000-000000000001"), "p",
            "Alice", true, UserStatus.CONFIRMED, null,
            Map.of("email", "alice@example.com", "family_name", "Reddy \"Al\""), Instant.EPOCH, Instant.EPOCH);

    @Test
    void parseWhenEqualsThenExactFilter() {
        UserFilter filter = UserFilter.parse("email = \"alice@example.com\"").orElseThrow();

        assertThat(filter.attribute()).isEqualTo(UserFilter.Attribute.EMAIL);
        assertThat(filter.prefix()).isFalse();
        assertThat(filter.value()).isEqualTo("alice@example.com");
        assertThat(filter.matches(ALICE)).isTrue();
    }

    @Test
    void parseWhenPrefixWithoutSpacesThenPrefixFilter() {
        UserFilter filter = UserFilter.parse("given_name^=\"Jo\"").orElseThrow();

        assertThat(filter.attribute()).isEqualTo(UserFilter.Attribute.GIVEN_NAME);
        assertThat(filter.prefix()).isTrue();
    }

    @Test
    void parseWhenEscapedQuoteThenUnescapedValue() {
        UserFilter filter = UserFilter.parse("family_name = \"Reddy \\\"Al\\\"\"").orElseThrow();

        assertThat(filter.value()).isEqualTo("Reddy \"Al\"");
        assertThat(filter.matches(ALICE)).isTrue();
    }

    @Test
    void parseWhenUsernameOrUserStatusThenCaseInsensitive() {
        assertThat(UserFilter.parse("username = \"ALICE\"").orElseThrow().matches(ALICE)).isTrue();
        assertThat(UserFilter.parse("cognito:user_status = \"Confirmed\"").orElseThrow().matches(ALICE)).isTrue();
        assertThat(UserFilter.parse("email = \"ALICE@example.com\"").orElseThrow().matches(ALICE)).isFalse();
    }

    @Test
    void parseWhenStatusOrSubThenMatchesFields() {
        assertThat(UserFilter.parse("status = \"Enabled\"").orElseThrow().matches(ALICE)).isTrue();
        assertThat(UserFilter.parse("status = \"Disabled\"").orElseThrow().matches(ALICE)).isFalse();
        assertThat(UserFilter.parse("sub ^= \"0A1B\"").orElseThrow().matches(ALICE)).isTrue();
    }

    @Test
    void parseWhenBlankOrNullThenNoFilter() {
        assertThat(UserFilter.parse(null)).isEmpty();
        assertThat(UserFilter.parse("   ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"email", "email = alice", "email == \"a\"", "email = \"a", "email = \"a\" extra",
        "custom:team = \"x\"", "email_verified = \"true\"", "= \"x\"", "email != \"a\""})
    void parseWhenBadSyntaxOrAttributeThenInvalidParameter(String filter) {
        assertThatThrownBy(() -> UserFilter.parse(filter)).isInstanceOfSatisfying(GatehouseException.class,
                e -> assertThat(e.code()).isEqualTo(UserPoolError.INVALID_PARAMETER));
    }

    @Test
    void toStringWhenParsedAgainThenEqual() {
        UserFilter filter = new UserFilter(UserFilter.Attribute.NAME, true, "A \"quoted\" \\ name");

        assertThat(UserFilter.parse(filter.toString())).contains(filter);
    }
}
