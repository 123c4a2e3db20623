package io.gatehouse.auth.sigv4;

import java.util.Objects;

/**
 * The {@code Credential} element of a signature: the access key id and the scope the signing
 * key was derived for, e.g. {@code AKIAEXAMPLE/20261128/us-east-1/sts/aws4_request}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html#create-string-to-sign">Create a string to sign</a>
 */
record CredentialScope(String accessKeyId, String date, String region, String service) {

    CredentialScope {
        Objects.requireNonNull(accessKeyId, "accessKeyId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(service, "service");
    }

    static CredentialScope parse(String credential) {
        String[] parts = credential.split("/", -1);
        if (parts.length != 5 || !SigV4Names.SCOPE_TERMINATOR.equals(parts[4])) {
            throw malformed("Credential must have the form <access key id>/<date>/<region>/<service>/aws4_request");
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                throw malformed("Credential has an empty element");
            }
        }
        if (!parts[1].matches("[0-9]{8}")) {
            throw malformed("Credential date must have the form YYYYMMDD");
        }
        return new CredentialScope(parts[0], parts[1], parts[2], parts[3]);
    }

    /** {@code 20261128/us-east-1/sts/aws4_request}, as it appears in the string to sign. */
    String scope() {
        return date + "/" + region + "/" + service + "/" + SigV4Names.SCOPE_TERMINATOR;
    }

    private static SigV4Exception malformed(String message) {
        return new SigV4Exception(SigV4Failure.MALFORMED_AUTHORIZATION, message);
    }
}
