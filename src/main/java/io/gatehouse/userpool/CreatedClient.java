package io.gatehouse.userpool;

/** A newly created client and, for a confidential one, its secret: shown this once, never stored. */
public record CreatedClient(AppClient client, String secret) {
}
