package io.gatehouse.core;

/**
 * One entry of a feature's error table: the HTTP status the native API answers with and
 * the AWS error name the product emulates. Each feature keeps its codes in one enum.
 */
public interface ErrorCode {

    /** HTTP status of the error on the native REST API. */
    int status();

    /** Stable machine-readable name, spelled as the AWS error it emulates. */
    String awsName();
}
