package io.gatehouse.iam;

/**
 * What the HTTP request tells the policy engine: the client's address, its user agent, whether it
 * came over TLS, and the region it was signed for.
 */
public record RequestFacts(String sourceIp, String userAgent, boolean secure, String region) {
}
