package io.gatehouse.iam.policy;

/**
 * A statement that decided (part of) an evaluation: the policy's source id and kind, the statement's
 * index in its policy (0-based) and its Sid (null when it has none).
 */
public record MatchedStatement(String sourceId, PolicyKind kind, int index, String sid) {
}
