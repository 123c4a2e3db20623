package io.gatehouse.realm;

import java.util.regex.Pattern;

/**
 * A location in a realm file in JSONPath notation ({@code $.userPools[0].clients[1].callbackUrls[0]}),
 * so that every problem, found while parsing or while applying, says exactly where it is.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9535">RFC 9535 JSONPath</a>
 */
public record JsonPath(String value) {

    /** The root of the document. */
    public static final JsonPath ROOT = new JsonPath("$");

    private static final Pattern SHORTHAND = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /** The member {@code name}: dot notation for plain names, {@code ['…']} for others such as {@code custom:dept}. */
    public JsonPath child(String name) {
        if (SHORTHAND.matcher(name).matches()) {
            return new JsonPath(value + "." + name);
        }
        return new JsonPath(value + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
    }

    /** The array element at {@code index}. */
    public JsonPath index(int index) {
        return new JsonPath(value + "[" + index + "]");
    }

    @Override
    public String toString() {
        return value;
    }
}
