package io.gatehouse.aws.wire;

import io.gatehouse.core.GatehouseException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a query-protocol request: the {@code application/x-www-form-urlencoded} body
 * the SDKs send, plus any in the URL's query string (where older clients put {@code Action}). Each
 * name may appear once across both; a repeated name is ambiguous and rejected, as is a body that
 * is not well-formed form encoding or UTF-8.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-query-protocol.html#request-serialization">AWS query request serialization</a>
 */
public final class QueryForm {

    /** More than any IAM or STS operation needs (a full tag list and policy ARNs stay far below). */
    public static final int MAX_PARAMETERS = 5000;
    public static final int MAX_NAME_LENGTH = 256;

    private QueryForm() {
    }

    /** All parameters of the request; the query string's values are already decoded. */
    public static Map<String, String> parse(byte[] body, Map<String, List<String>> query) {
        Map<String, String> params = new LinkedHashMap<>();
        query.forEach((name, values) -> values.forEach(value -> put(params, name, value)));
        String form = utf8(body, "The request body is not UTF-8");
        if (form.isEmpty()) {
            return params;
        }
        for (String pair : form.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            put(params, decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return params;
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new GatehouseException(QueryWireError.INVALID_QUERY_PARAMETER,
                    "A parameter name must have 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (params.putIfAbsent(name, value) != null) {
            throw new GatehouseException(QueryWireError.INVALID_QUERY_PARAMETER,
                    "The parameter " + name + " appears more than once");
        }
        if (params.size() > MAX_PARAMETERS) {
            throw new GatehouseException(QueryWireError.INVALID_QUERY_PARAMETER,
                    "The request has more than " + MAX_PARAMETERS + " parameters");
        }
    }

    /** Form decoding: {@code +} is a space, {@code %XX} a byte, and the bytes must be UTF-8. */
    private static String decode(String encoded) {
        if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= encoded.length() || hex(encoded.charAt(i + 1)) < 0 || hex(encoded.charAt(i + 2)) < 0) {
                    throw malformed("The request body has an invalid percent-encoding");
                }
                bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return utf8(bytes.toByteArray(), "The request body has a parameter that is not UTF-8");
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static String utf8(byte[] bytes, String problem) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw malformed(problem);
        }
    }

    private static GatehouseException malformed(String message) {
        return new GatehouseException(QueryWireError.MALFORMED_QUERY_STRING, message);
    }
}
