package io.gatehouse.oidc.web;

import io.quarkus.qute.TemplateData;

/** A page that only tells the user something: an error, or that they are signed out. */
@TemplateData
public record MessageView(String nonce, String title, String message) {
}
