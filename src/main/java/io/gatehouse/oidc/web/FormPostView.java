package io.gatehouse.oidc.web;

import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * The auto-submitting page of the form_post response mode: the response parameters as hidden
 * fields POSTed to the redirect URI. A visible button submits it when scripts are off.
 *
 * @see <a href="https://openid.net/specs/oauth-v2-form-post-response-mode-1_0.html#FormPostResponseMode">Form Post Response Mode §2</a>
 */
@TemplateData
public record FormPostView(String nonce, String action, List<Field> fields) {

    public FormPostView {
        fields = List.copyOf(fields);
    }

    @TemplateData
    public record Field(String name, String value) {
    }
}
