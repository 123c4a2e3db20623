package io.gatehouse.userpool;

/** One custom scope of a resource server. */
public record ResourceScope(String name, String description) {
}
