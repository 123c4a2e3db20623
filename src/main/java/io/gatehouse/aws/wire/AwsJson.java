package io.gatehouse.aws.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Locale;
import java.util.Set;

/**
 * Wire names of the AWS JSON protocols, spelled as on the wire, and the one JSON writer of their
 * bodies.
 *
 * @see <a href="https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html">AWS JSON 1.1 protocol</a>
 */
public final class AwsJson {

    /** Selects the operation: {@code <targetPrefix>.<OperationName>}. */
    public static final String X_AMZ_TARGET = "X-Amz-Target";
    public static final String X_AMZN_REQUEST_ID = "x-amzn-RequestId";
    public static final String X_AMZN_ERROR_TYPE = "x-amzn-ErrorType";
    public static final String MEDIA_TYPE_1_1 = "application/x-amz-json-1.1";
    public static final String MEDIA_TYPE_1_0 = "application/x-amz-json-1.0";
    /** Request content types taken as JSON: both AWS JSON versions and plain JSON, which some tools send. */
    public static final Set<String> REQUEST_MEDIA_TYPES = Set.of(MEDIA_TYPE_1_1, MEDIA_TYPE_1_0, "application/json");

    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer();

    private AwsJson() {
    }

    /** True for a JSON content type, ignoring parameters such as {@code charset}. */
    public static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String bare = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
        return REQUEST_MEDIA_TYPES.contains(bare.toLowerCase(Locale.ROOT));
    }

    /** The UTF-8 bytes of a JSON body. */
    public static byte[] bytes(JsonNode body) {
        try {
            return WRITER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree could not be written", e);
        }
    }
}
