package io.gatehouse.sts;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a GetFederationToken caller asks for: the federated user's name, how long the session lasts
 * (null for AWS's default of 12 hours), session policies (an inline document, null for none, and
 * managed policy ARNs) and session tags.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetFederationToken.html">GetFederationToken</a>
 */
public record FederationRequest(String name, Duration duration, String policy, List<String> policyArns,
                                Map<String, String> tags) {

    public FederationRequest {
        Objects.requireNonNull(name, "name");
        policyArns = List.copyOf(Objects.requireNonNull(policyArns, "policyArns"));
        tags = Map.copyOf(Objects.requireNonNull(tags, "tags"));
    }

    /** A session of the default length with no session policy (and so no permissions). */
    public static FederationRequest of(String name) {
        return new FederationRequest(name, null, null, List.of(), Map.of());
    }
}
