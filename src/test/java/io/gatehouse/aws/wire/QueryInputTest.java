package io.gatehouse.aws.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.GatehouseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The typed accessors of query parameters and AWS's validation messages. */
class QueryInputTest {

    @Test
    void requiredStringWhenMissingThenValidationErrorNamingMember() {
        assertValidation(() -> input().requiredString("UserName"),
                "1 validation error detected: Value null at 'userName' failed to satisfy constraint: Member must not be null");
    }

    @Test
    void requiredStringWhenEmptyThenPresent() {
        assertThat(input("Path", "").requiredString("Path")).isEmpty();
    }

    @Test
    void stringWhenTooLongThenValidationErrorWithoutTheValue() {
        assertValidation(() -> input("Password", "secret-value").string("Password", 1, 5),
                "1 validation error detected: Value at 'password' failed to satisfy constraint: "
                        + "Member must have length less than or equal to 5");
    }

    @Test
    void stringWhenLengthCountsCodePointsThenAccepted() {
        assertThat(input("Name", "\uD83D\uDE00\uD83D\uDE00").requiredString("Name", 1, 2)).hasSize(4);
    }

    @Test
    void integerWhenNotANumberThenValidationError() {
        assertValidation(() -> input("MaxItems", "ten").integer("MaxItems", 1, 1000),
                "1 validation error detected: Value at 'maxItems' failed to satisfy constraint: Member must be an integer");
    }

    @Test
    void integerWhenOutOfRangeThenValidationError() {
        assertValidation(() -> input("MaxItems", "1001").integer("MaxItems", 1, 1000),
                "1 validation error detected: Value at 'maxItems' failed to satisfy constraint: "
                        + "Member must have value less than or equal to 1000");
        assertThat(input("MaxItems", "1000").integer("MaxItems", 1, 1000)).isEqualTo(1000);
        assertThat(input().integer("MaxItems", 1, 1000)).isNull();
    }

    @Test
    void boolWhenTrueFalseOrOtherThenParsedOrRejected() {
        assertThat(input("OnlyAttached", "true").bool("OnlyAttached")).isTrue();
        assertThat(input("OnlyAttached", "False").bool("OnlyAttached")).isFalse();
        assertThat(input().bool("OnlyAttached")).isNull();
        assertValidation(() -> input("OnlyAttached", "yes").bool("OnlyAttached"),
                "1 validation error detected: Value at 'onlyAttached' failed to satisfy constraint: Member must be true or false");
    }

    @Test
    void stringsWhenMembersThenInIndexOrder() {
        QueryInput input = input("ClientIDList.member.2", "b", "ClientIDList.member.1", "a", "ClientIDList.member.3", "c");

        assertThat(input.strings("ClientIDList")).containsExactly("a", "b", "c");
    }

    @Test
    void stringsWhenAbsentOrSentEmptyThenEmptyList() {
        assertThat(input().strings("ClientIDList")).isEmpty();
        assertThat(input("ClientIDList", "").strings("ClientIDList")).isEmpty();
    }

    @Test
    void stringsWhenGapThenValidationError() {
        assertValidation(() -> input("L.member.1", "a", "L.member.3", "c").strings("L"),
                "1 validation error detected: Value at 'l' failed to satisfy constraint: "
                        + "Member must be a list numbered from 1 without gaps");
    }

    @Test
    void stringsWhenIndexZeroOrLeadingZeroThenValidationError() {
        assertThatThrownBy(() -> input("L.member.0", "a").strings("L")).isInstanceOf(GatehouseException.class);
        assertThatThrownBy(() -> input("L.member.01", "a").strings("L")).isInstanceOf(GatehouseException.class);
    }

    @Test
    void stringsWhenScalarSentForListThenValidationError() {
        assertValidation(() -> input("L", "a").strings("L"),
                "1 validation error detected: Value at 'l' failed to satisfy constraint: Member must be a list");
    }

    @Test
    void stringsWhenMoreThanMaxThenValidationError() {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i <= QueryInput.MAX_LIST_SIZE + 1; i++) {
            params.put("L.member." + i, "x");
        }
        assertThatThrownBy(() -> QueryInput.of(params).strings("L")).isInstanceOf(GatehouseException.class)
                .hasMessageContaining("less than or equal to " + QueryInput.MAX_LIST_SIZE);
    }

    @Test
    void structuresWhenNestedFieldsThenEachReadAsInput() {
        QueryInput input = input("Policies.member.1.Name", "a", "Policies.member.1.Size", "3", "Policies.member.2.Name", "b");

        assertThat(input.structures("Policies")).satisfiesExactly(
                p -> assertThat(p.integer("Size", 0, 9)).isEqualTo(3),
                p -> assertThat(p.string("Name")).isEqualTo("b"));
    }

    @Test
    void tagsWhenKeysAndValuesThenInOrderAndMissingValueEmpty() {
        QueryInput input = input("Tags.member.1.Key", "team", "Tags.member.1.Value", "id",
                "Tags.member.2.Key", "empty");

        assertThat(input.tags("Tags")).containsExactly(Map.entry("team", "id"), Map.entry("empty", ""));
    }

    @Test
    void tagsWhenKeyMissingThenValidationErrorNamingIt() {
        assertValidation(() -> input("Tags.member.1.Value", "v").tags("Tags"),
                "1 validation error detected: Value null at 'tags.member.1.Key' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    @Test
    void tagsWhenKeyRepeatedThenValidationError() {
        assertThatThrownBy(() -> input("Tags.member.1.Key", "k", "Tags.member.2.Key", "k").tags("Tags"))
                .isInstanceOf(GatehouseException.class).hasMessageContaining("Tag keys must be unique");
    }

    @Test
    void mapWhenEntriesThenKeyValuePairs() {
        QueryInput input = input("Attributes.entry.1.key", "a", "Attributes.entry.1.value", "1",
                "Attributes.entry.2.key", "b", "Attributes.entry.2.value", "2");

        assertThat(input.map("Attributes")).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    }

    @Test
    void mapWhenValueMissingThenValidationError() {
        assertValidation(() -> input("Attributes.entry.1.key", "a").map("Attributes"),
                "1 validation error detected: Value null at 'attributes.entry.1.value' failed to satisfy constraint: "
                        + "Member must not be null");
    }

    private static void assertValidation(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GatehouseException.class,
                e -> assertThat(e.code()).isEqualTo(QueryWireError.VALIDATION_ERROR)).hasMessage(message);
    }

    private static QueryInput input(String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put(pairs[i], pairs[i + 1]);
        }
        return QueryInput.of(params);
    }
}
