package io.gatehouse.auth.sigv4;

import java.time.Duration;
import java.util.List;

/**
 * Parses the query form of a signature (a presigned URL), for example
 * <pre>GET /?Action=GetCallerIdentity&amp;Version=2011-06-15&amp;X-Amz-Algorithm=AWS4-HMAC-SHA256
 *     &amp;X-Amz-Credential=AKIAEXAMPLE%2F20261128%2Fus-east-1%2Fsts%2Faws4_request&amp;X-Amz-Date=20261128T022030Z
 *     &amp;X-Amz-Expires=300&amp;X-Amz-SignedHeaders=host&amp;X-Amz-Signature=20b6...de81</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#add-signature-to-request">Add the signature to the request (query string)</a>
 */
final class PresignedQuery {

    /** "A presigned URL can be valid for a maximum of seven days." */
    static final long MAX_EXPIRES_SECONDS = 604_800;

    private PresignedQuery() {
    }

    static boolean isPresent(SignedRequest request) {
        return !request.queryParameter(SigV4Names.QUERY_ALGORITHM).isEmpty()
                || !request.queryParameter(SigV4Names.QUERY_CREDENTIAL).isEmpty()
                || !request.queryParameter(SigV4Names.QUERY_SIGNATURE).isEmpty();
    }

    static SignatureParameters parse(SignedRequest request) {
        if (!SigV4Names.ALGORITHM.equals(required(request, SigV4Names.QUERY_ALGORITHM))) {
            throw new SigV4Exception(SigV4Failure.UNSUPPORTED_ALGORITHM,
                    "Unsupported X-Amz-Algorithm; only " + SigV4Names.ALGORITHM + " is accepted");
        }
        return new SignatureParameters(
                CredentialScope.parse(required(request, SigV4Names.QUERY_CREDENTIAL)),
                SignatureParameters.parseSignedHeaders(required(request, SigV4Names.QUERY_SIGNED_HEADERS)),
                SignatureParameters.parseSignature(required(request, SigV4Names.QUERY_SIGNATURE)),
                AmzDate.parseBasic(required(request, SigV4Names.QUERY_DATE)),
                expires(required(request, SigV4Names.QUERY_EXPIRES)),
                SignatureParameters.sessionToken(request));
    }

    private static Duration expires(String value) {
        long seconds = value.matches("[0-9]{1,7}") ? Long.parseLong(value) : -1;
        if (seconds < 1 || seconds > MAX_EXPIRES_SECONDS) {
            throw SignatureParameters.malformed(
                    "X-Amz-Expires must be a number of seconds from 1 to " + MAX_EXPIRES_SECONDS + " (seven days)");
        }
        return Duration.ofSeconds(seconds);
    }

    private static String required(SignedRequest request, String name) {
        List<String> values = request.queryParameter(name);
        if (values.size() != 1 || values.get(0).isEmpty()) {
            throw SignatureParameters.malformed(
                    "Query-string authentication requires the " + name + " parameter exactly once");
        }
        return values.get(0);
    }
}
