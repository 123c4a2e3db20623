package io.gatehouse.userpool.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

import io.gatehouse.testing.GatehouseTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** The OpenAPI document at {@code /q/openapi} describes the admin API, its security and its errors. */
@GatehouseTest
class OpenApiDocumentTest {

    @Test
    void openapiWhenFetchedThenListsAdminPathsSecurityAndProblemExamples() {
        RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/user-pools"))
                .body("paths", hasKey("/api/v1/user-pools/{poolId}"))
                .body("paths", hasKey("/api/v1/user-pools/{poolId}/clients/{clientId}/secret"))
                .body("paths", hasKey("/api/v1/user-pools/{poolId}/resource-servers/{identifier}"))
                .body("paths", hasKey("/api/v1/user-pools/{poolId}/groups/{groupName}/members"))
                .body("paths", hasKey("/api/v1/user-pools/{poolId}/users/{username}/attributes"))
                .body("paths", hasKey("/api/v1/user-pools/{poolId}/users/{username}/groups/{groupName}"))
                .body("paths", hasKey("/api/v1/audit-events"))
                .body("paths", hasKey("/api/v1/iam/users/{name}/access-keys/{accessKeyId}"))
                .body("paths", hasKey("/api/v1/iam/account/password-policy"))
                .body("paths", hasKey("/api/v1/user-pools/{poolId}/outbox/{messageId}"))
                .body("components.securitySchemes.sigv4.type", equalTo("apiKey"))
                .body("components.securitySchemes.sigv4.in", equalTo("header"))
                .body("components.securitySchemes.sigv4.name", equalTo("Authorization"))
                .body("paths.'/api/v1/user-pools'.post.security[0]", hasKey("sigv4"))
                .body("paths.'/api/v1/user-pools'.post.summary", equalTo("Create a user pool"))
                .body("paths.'/api/v1/user-pools'.post.requestBody.content.'application/json'.examples.demo",
                        notNullValue())
                .body("components.responses.NotFound.content.'application/problem+json'.examples.unknownPool",
                        notNullValue())
                .body("paths.'/api/v1/user-pools/{poolId}'.get.responses.'404'.'$ref'",
                        equalTo("#/components/responses/NotFound"));
    }
}
