package io.gatehouse.sts;

import java.util.Objects;

/**
 * A role session started with a web identity token: the session, and what AssumeRoleWithWebIdentity
 * reports about the token — its subject, the provider that issued it, and its audience.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html">AssumeRoleWithWebIdentity</a>
 */
public record WebIdentitySession(AssumedRole role, String subject, String provider, String audience) {

    public WebIdentitySession {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(provider, "provider");
    }
}
