package io.gatehouse.oidc.web;

/**
 * The status of a redirect: 302 answering a GET, 303 answering a POST, so the browser never
 * re-posts the form (which may carry credentials) to the client. RFC 9700 §4.12: "the
 * authorization server MUST NOT use the HTTP 307 status code"; 303 is the safe choice after POST.
 */
enum RedirectStatus {
    FOUND(302),
    SEE_OTHER(303);

    private final int code;

    RedirectStatus(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }
}
