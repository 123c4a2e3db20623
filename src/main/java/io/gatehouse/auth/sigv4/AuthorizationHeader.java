package io.gatehouse.auth.sigv4;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses the header form of a signature, for example
 * <pre>Authorization: AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20261128/us-east-1/sts/aws4_request,
 *     SignedHeaders=content-type;host;x-amz-date, Signature=3b17...7b72</pre>
 * with the signing time from {@code X-Amz-Date}, or from {@code Date} when that is absent.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#add-signature-to-request">Add the signature to the request</a>
 */
final class AuthorizationHeader {

    private static final Set<String> ELEMENTS =
            Set.of(SigV4Names.CREDENTIAL, SigV4Names.SIGNED_HEADERS, SigV4Names.SIGNATURE);

    private AuthorizationHeader() {
    }

    static SignatureParameters parse(SignedRequest request) {
        List<String> values = request.header(SigV4Names.AUTHORIZATION);
        if (values.size() != 1) {
            throw SignatureParameters.malformed("Only one Authorization header is allowed");
        }
        String value = values.get(0).strip();
        int space = value.indexOf(' ');
        String algorithm = space < 0 ? value : value.substring(0, space);
        if (!SigV4Names.ALGORITHM.equals(algorithm)) {
            throw new SigV4Exception(SigV4Failure.UNSUPPORTED_ALGORITHM,
                    "Unsupported signing algorithm; only " + SigV4Names.ALGORITHM + " is accepted");
        }
        Map<String, String> elements = elements(space < 0 ? "" : value.substring(space + 1));
        return new SignatureParameters(
                CredentialScope.parse(required(elements, SigV4Names.CREDENTIAL)),
                SignatureParameters.parseSignedHeaders(required(elements, SigV4Names.SIGNED_HEADERS)),
                SignatureParameters.parseSignature(required(elements, SigV4Names.SIGNATURE)),
                signedAt(request),
                null,
                SignatureParameters.sessionToken(request));
    }

    private static Map<String, String> elements(String list) {
        Map<String, String> elements = new HashMap<>();
        for (String element : list.split(",")) {
            String trimmed = element.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            String name = eq < 0 ? "" : trimmed.substring(0, eq);
            if (!ELEMENTS.contains(name)) {
                throw SignatureParameters.malformed(
                        "Authorization header elements must be Credential=..., SignedHeaders=..., Signature=...");
            }
            if (elements.put(name, trimmed.substring(eq + 1)) != null) {
                throw SignatureParameters.malformed("Authorization header repeats the '" + name + "' element");
            }
        }
        return elements;
    }

    private static String required(Map<String, String> elements, String name) {
        String value = elements.get(name);
        if (value == null || value.isEmpty()) {
            // AWS: "Authorization header requires 'Credential' parameter."
            throw SignatureParameters.malformed("Authorization header requires '" + name + "' parameter");
        }
        return value;
    }

    private static Instant signedAt(SignedRequest request) {
        List<String> amzDate = request.header(SigV4Names.X_AMZ_DATE);
        List<String> date = request.header(SigV4Names.DATE);
        if (amzDate.size() > 1 || (amzDate.isEmpty() && date.size() > 1)) {
            throw SignatureParameters.malformed("The signing date must be sent once");
        }
        if (!amzDate.isEmpty()) {
            return AmzDate.parseBasic(amzDate.get(0).strip());
        }
        if (!date.isEmpty()) {
            return AmzDate.parseHttpDate(date.get(0).strip());
        }
        // AWS: "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header."
        throw SignatureParameters.malformed(
                "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header");
    }
}
