package io.gatehouse.userpool;

/** Whether a pool's users sign in with a second factor: never, when they enrolled one, or always. */
public enum MfaConfiguration { OFF, OPTIONAL, ON }
