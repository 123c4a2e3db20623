package io.gatehouse.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Values for placeholders of the {@link Authorize} templates that a resource class inherits from a
 * shared base class, as {@code name=value} pairs: e.g. {@code @AuthorizeVariables({"Type=User",
 * "type=user"})} turns {@code iam:Put{Type}Policy} on {@code arn:aws:iam::{account}:{type}/{principalName}}
 * into {@code iam:PutUserPolicy} on a user's ARN.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuthorizeVariables {

    String[] value();
}
