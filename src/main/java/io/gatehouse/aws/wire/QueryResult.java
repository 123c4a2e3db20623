package io.gatehouse.aws.wire;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The {@code <{Action}Result>} element of a query-protocol response, built member by member with the
 * AWS wire names. Absent (null) values are left out, as AWS does. Lists are written the way the
 * SDKs read them, each item in a {@code <member>}; dates are ISO-8601 UTC. Example:
 * <pre>{@code
 * QueryResult.of().add("IsTruncated", false).addStrings("AccountAliases", List.of("acme"))
 * }</pre>
 * becomes {@code <IsTruncated>false</IsTruncated><AccountAliases><member>acme</member></AccountAliases>}.
 * An operation without output returns {@link #none()}, and the response has no Result element.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-query-protocol.html#response-serialization">AWS query response serialization</a>
 */
public final class QueryResult {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    static final String MEMBER = "member";

    private final boolean present;
    private final List<Element> elements = new ArrayList<>();

    private QueryResult(boolean present) {
        this.present = present;
    }

    /** An empty result (or nested structure) to add members to. */
    public static QueryResult of() {
        return new QueryResult(true);
    }

    /** The output of an operation that has none: the response carries only its metadata. */
    public static QueryResult none() {
        return new QueryResult(false);
    }

    public boolean present() {
        return present;
    }

    public QueryResult add(String name, String value) {
        return value == null ? this : append(new Element(name, value, null));
    }

    public QueryResult add(String name, boolean value) {
        return add(name, Boolean.toString(value));
    }

    public QueryResult add(String name, long value) {
        return add(name, Long.toString(value));
    }

    /** A timestamp in ISO-8601 UTC to the second, e.g. {@code 2026-11-28T06:57:12Z}. */
    public QueryResult add(String name, Instant value) {
        return value == null ? this : add(name, value.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** A nested structure. */
    public QueryResult add(String name, QueryResult structure) {
        if (structure == null) {
            return this;
        }
        if (!structure.present) {
            throw new IllegalArgumentException("A nested structure cannot be none(): " + name);
        }
        return append(new Element(name, null, structure));
    }

    /** A list of strings: {@code <name><member>a</member><member>b</member></name>}. */
    public QueryResult addStrings(String name, Collection<String> values) {
        QueryResult list = of();
        values.forEach(v -> list.add(MEMBER, Objects.requireNonNull(v, "list item")));
        return add(name, list);
    }

    /** A list of structures, each written by {@code each}. */
    public <T> QueryResult addList(String name, Collection<T> items, Function<T, QueryResult> each) {
        QueryResult list = of();
        items.forEach(item -> list.add(MEMBER, Objects.requireNonNull(each.apply(item), "list item")));
        return add(name, list);
    }

    /** Tags as AWS lists them: {@code <name><member><Key>k</Key><Value>v</Value></member></name>}. */
    public QueryResult addTags(String name, Map<String, String> tags) {
        return addList(name, tags.entrySet(), tag -> of().add("Key", tag.getKey()).add("Value", tag.getValue()));
    }

    List<Element> elements() {
        return List.copyOf(elements);
    }

    private QueryResult append(Element element) {
        if (!present) {
            throw new IllegalStateException("none() has no members");
        }
        elements.add(element);
        return this;
    }

    /** One child: either text or a nested structure. */
    record Element(String name, String text, QueryResult structure) {

        Element {
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Not an XML element name: " + name);
            }
        }
    }
}
