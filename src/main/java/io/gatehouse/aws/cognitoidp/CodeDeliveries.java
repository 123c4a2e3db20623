package io.gatehouse.aws.cognitoidp;

import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.userpool.signup.CodeDelivery;

/**
 * CodeDeliveryDetailsType: {@code {"Destination": "a***@e***.com", "DeliveryMedium": "EMAIL",
 * "AttributeName": "email"}}.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CodeDeliveryDetailsType.html">CodeDeliveryDetailsType</a>
 */
final class CodeDeliveries {

    static final String CODE_DELIVERY_DETAILS = "CodeDeliveryDetails";

    private CodeDeliveries() {
    }

    static JsonOutput of(CodeDelivery delivery) {
        return JsonOutput.object()
                .put("Destination", delivery.destination())
                .put("DeliveryMedium", delivery.deliveryMedium())
                .put("AttributeName", delivery.attributeName());
    }
}
