package io.gatehouse.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a native API resource class or method that apps call without a SigV4 signature, as AWS
 * leaves SignUp or ForgotPassword unsigned: the caller is identified by an app client id (and
 * SECRET_HASH), a code or a token in the body instead. {@link NativeApiScope} honours it only on
 * the resource method a request was actually routed to, never by path, so a request cannot reach
 * a signed method by looking like an unsigned one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Unsigned {
}
