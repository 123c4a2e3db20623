package io.gatehouse.aws.wire;

import java.util.List;

/**
 * Which AWS protocol a request to {@code POST /} speaks, decided from its headers alone so that the
 * error mappers answer in the same format as the dispatch would: the JSON protocol when it names an
 * {@code X-Amz-Target} or sends a JSON body, otherwise the query protocol, whose form the IAM and
 * STS SDKs send (and whose {@code MissingAction} answers a request that names nothing).
 */
public enum WireProtocol {
    JSON,
    QUERY;

    public static WireProtocol of(List<String> target, List<String> contentType) {
        if (!target.isEmpty() || contentType.stream().anyMatch(AwsJson::isJson)) {
            return JSON;
        }
        return QUERY;
    }
}
