package io.gatehouse.aws.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The AWS JSON protocol as Organizations speaks it: signatures, body syntax and member types. */
@GatehouseTest
class OrganizationsProtocolTest {

    @Test
    void callWhenUnsignedThenMissingAuthenticationToken() {
        Response r = RestAssured.given().contentType(OrganizationsWire.JSON_1_1)
                .header("X-Amz-Target", "AWSOrganizationsV20161128.DescribeOrganization")
                .body("{}".getBytes(StandardCharsets.UTF_8)).post("/");

        r.then().statusCode(400).header("x-amzn-ErrorType", "MissingAuthenticationTokenException");
    }

    @Test
    void callWhenBodyNotJsonObjectThenSerializationException() {
        OrganizationsWire account = OrganizationsWire.newAccount();

        Response r = account.spec("CreateOrganization", "[1]".getBytes(StandardCharsets.UTF_8),
                OrganizationsWire.JSON_1_1).request("POST", "/");

        r.then().statusCode(400);
        assertThat(r.jsonPath().getString("__type")).isEqualTo("SerializationException");
        account.error("DescribeOrganization", "{}", "AWSOrganizationsNotInUseException");
    }

    @Test
    void callWhenUnknownOperationThenUnknownOperationException() {
        OrganizationsWire account = OrganizationsWire.newAccount();

        Response r = account.call("InviteEveryone", "{}");

        r.then().statusCode(400).header("x-amzn-ErrorType", "UnknownOperationException");
    }

    @Test
    void callWhenMemberHasWrongTypeThenSerializationException() {
        OrganizationsWire account = OrganizationsWire.newAccount();
        account.ok("CreateOrganization", "{}");

        account.error("DescribeAccount", "{\"AccountId\": 123456789012}", "SerializationException");
        account.error("ListCreateAccountStatus", "{\"States\": \"SUCCEEDED\"}", "SerializationException");
    }

    @Test
    void callWhenSignedForAnotherServiceThenRejected() {
        Response r = SignedRequests.root().given("POST", "/", OrganizationsWire.JSON_1_1,
                        "{}".getBytes(StandardCharsets.UTF_8))
                .header("X-Amz-Target", "AWSOrganizationsV20161128.DescribeOrganization").request("POST", "/");

        r.then().statusCode(400);
        assertThat(r.jsonPath().getString("__type")).isIn("InvalidSignatureException", "IncompleteSignatureException");
    }
}
