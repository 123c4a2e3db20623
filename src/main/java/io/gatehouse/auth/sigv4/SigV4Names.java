package io.gatehouse.auth.sigv4;

/**
 * Wire names of AWS Signature Version 4, spelled exactly as they appear in requests. Header
 * names are lower case because {@link SignedRequest} stores headers that way; query parameter
 * names keep the case AWS defines for them.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-signing-elements.html">Elements of an AWS API request signature</a>
 */
public final class SigV4Names {

    /** The one signing algorithm this verifier accepts. */
    public static final String ALGORITHM = "AWS4-HMAC-SHA256";
    /** Last element of every credential scope. */
    public static final String SCOPE_TERMINATOR = "aws4_request";
    /** Payload hash value meaning "the body is not signed". */
    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    public static final String AUTHORIZATION = "authorization";
    public static final String HOST = "host";
    public static final String DATE = "date";
    public static final String X_AMZ_DATE = "x-amz-date";
    public static final String X_AMZ_CONTENT_SHA256 = "x-amz-content-sha256";
    public static final String X_AMZ_SECURITY_TOKEN = "x-amz-security-token";

    public static final String CREDENTIAL = "Credential";
    public static final String SIGNED_HEADERS = "SignedHeaders";
    public static final String SIGNATURE = "Signature";

    public static final String QUERY_ALGORITHM = "X-Amz-Algorithm";
    public static final String QUERY_CREDENTIAL = "X-Amz-Credential";
    public static final String QUERY_DATE = "X-Amz-Date";
    public static final String QUERY_EXPIRES = "X-Amz-Expires";
    public static final String QUERY_SIGNED_HEADERS = "X-Amz-SignedHeaders";
    public static final String QUERY_SIGNATURE = "X-Amz-Signature";
    public static final String QUERY_SECURITY_TOKEN = "X-Amz-Security-Token";

    private SigV4Names() {
    }
}
