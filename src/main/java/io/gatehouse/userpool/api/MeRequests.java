package io.gatehouse.userpool.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies and answers of the signed-in user's own endpoints ({@link MeResource}, {@link MeMfaResource}). */
public final class MeRequests {

    private MeRequests() {
    }

    /** e.g. {@code {"previousPassword": "Correct-Horse-1", "proposedPassword": "New-Horse-2"}} */
    @Schema(name = "ChangePasswordRequest")
    public record ChangePassword(@Schema(required = true, example = "Correct-Horse-1") String previousPassword,
                                 @Schema(required = true, example = "New-Horse-2") String proposedPassword) {
    }

    /** e.g. {@code {"code": "123456"}} */
    @Schema(name = "CodeRequest")
    public record Code(@Schema(required = true, example = "123456") String code) {
    }

    /** The user as they see themselves: {@code {"username": "alice", "attributes": {"sub": "...", "email": "..."}, "mfa": {...}}}. */
    @Schema(name = "Me")
    public record Me(@Schema(example = "alice") String username,
                     @Schema(description = "The attributes the app client may read; sub always",
                             example = "{\"sub\": \"4f1c...\", \"email\": \"alice@example.com\"}") Map<String, String> attributes,
                     MfaSettingsView mfa) {
    }

    /** The codes sent for changed attributes that the pool verifies (an email change sends one). */
    @Schema(name = "AttributesUpdated")
    public record AttributesUpdated(List<CodeDeliveryView> codeDeliveryDetailsList) {
    }

    /** A new authenticator secret: Base32 and as an {@code otpauth://} URI for a QR code. */
    @Schema(name = "TotpSecret")
    public record TotpSecret(@Schema(example = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP") String secretCode,
                             @Schema(example = "otpauth://totp/My%20Pool:alice?secret=JBSW...&issuer=My%20Pool"
                                     + "&algorithm=SHA1&digits=6&period=30") String otpauthUri) {
    }
}
