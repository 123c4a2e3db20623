package io.gatehouse.userpool.api;

import io.gatehouse.userpool.signup.CodeDelivery;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a code went: {@code {"destination": "a***@e***.com", "deliveryMedium": "EMAIL", "attributeName": "email"}}. */
@Schema(name = "CodeDeliveryDetails")
public record CodeDeliveryView(
        @Schema(example = "a***@e***.com") String destination,
        @Schema(example = "EMAIL") String deliveryMedium,
        @Schema(example = "email") String attributeName) {

    static CodeDeliveryView of(CodeDelivery delivery) {
        return new CodeDeliveryView(delivery.destination(), delivery.deliveryMedium(), delivery.attributeName());
    }

    /** {@code {"codeDeliveryDetails": {...}}}, the answer of the endpoints that send a code. */
    @Schema(name = "CodeSent")
    public record Sent(CodeDeliveryView codeDeliveryDetails) {
    }

    /** The answer of sign-up: the new user's sub, confirmed or not, and the code's delivery when one was sent. */
    @Schema(name = "SignUpResponse")
    public record SignedUp(boolean userConfirmed, String userSub, CodeDeliveryView codeDeliveryDetails) {
    }
}
