package io.gatehouse.aws.sts;

import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.sts.AssumedRole;
import io.gatehouse.sts.RoleSessionRequest;
import io.gatehouse.sts.TemporaryCredentials;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request and response shapes several STS operations share: session policy ARNs
 * ({@code PolicyArns.member.N.arn}), durations, {@code Credentials} and {@code AssumedRoleUser}.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html">Credentials</a>
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_PolicyDescriptorType.html">PolicyDescriptorType</a>
 */
final class StsShapes {

    private StsShapes() {
    }

    /** {@code PolicyArns.member.N.arn}: each member needs its ARN (20 to 2,048 characters). */
    static List<String> policyArns(QueryInput input) {
        return input.structures("PolicyArns").stream().map(member -> member.requiredString("arn", 20, 2048)).toList();
    }

    /**
     * The role session both Assume… operations ask for: {@code RoleArn}, {@code RoleSessionName},
     * {@code DurationSeconds} (at most 43,200), {@code Policy} and {@code PolicyArns}, with the tags,
     * transitive keys and source identity given.
     */
    static RoleSessionRequest roleSession(QueryInput input, Map<String, String> tags, Set<String> transitiveTagKeys,
                                          String sourceIdentity) {
        return new RoleSessionRequest(input.requiredString("RoleArn", 20, 2048),
                input.requiredString("RoleSessionName", 2, 64), duration(input, 43_200),
                input.string("Policy", 1, 2048), policyArns(input), tags, transitiveTagKeys, sourceIdentity);
    }

    /** {@code DurationSeconds} within the operation's bounds, or null for the default. */
    static Duration duration(QueryInput input, int max) {
        Integer seconds = input.integer("DurationSeconds", 900, max);
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }

    static QueryResult credentials(TemporaryCredentials credentials) {
        return QueryResult.of()
                .add("AccessKeyId", credentials.accessKeyId())
                .add("SecretAccessKey", credentials.secretAccessKey())
                .add("SessionToken", credentials.sessionToken())
                .add("Expiration", credentials.expiration());
    }

    /** Credentials, AssumedRoleUser, PackedPolicySize and SourceIdentity, the shape both Assume… results start with. */
    static QueryResult assumedRole(AssumedRole assumed) {
        return QueryResult.of()
                .add("Credentials", credentials(assumed.credentials()))
                .add("AssumedRoleUser", QueryResult.of()
                        .add("AssumedRoleId", assumed.assumedRoleId())
                        .add("Arn", assumed.arn()))
                .add("PackedPolicySize", assumed.packedPolicySize())
                .add("SourceIdentity", assumed.sourceIdentity());
    }
}
