package io.gatehouse.aws.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nested OUs, the tree queries and moving accounts, over the AWS JSON protocol. */
@GatehouseTest
class OrganizationalUnitWireTest {

    private OrganizationsWire management;
    private String orgId;
    private String rootId;

    @BeforeEach
    void organization() {
        management = OrganizationsWire.newAccount();
        orgId = management.ok("CreateOrganization", "{}").getString("Organization.Id");
        rootId = management.ok("ListRoots", "{}").getString("Roots[0].Id");
    }

    @Test
    void createWhenNestedThenTreeQueriesFollowIt() {
        JsonPath prod = management.ok("CreateOrganizationalUnit", Map.of("ParentId", rootId, "Name", "Prod"));
        String prodId = prod.getString("OrganizationalUnit.Id");
        assertThat(prodId).matches("ou-" + rootId.substring(2) + "-[a-z0-9]{8,32}");
        assertThat(prod.getString("OrganizationalUnit.Name")).isEqualTo("Prod");
        assertThat(prod.getString("OrganizationalUnit.Arn"))
                .isEqualTo("arn:aws:organizations::" + management.accountId + ":ou/" + orgId + "/" + prodId);
        String webId = ou(prodId, "Web");

        assertThat(management.ok("ListOrganizationalUnitsForParent", Map.of("ParentId", rootId))
                .getList("OrganizationalUnits.Id")).containsExactly(prodId);
        assertThat(management.ok("ListOrganizationalUnitsForParent", Map.of("ParentId", prodId))
                .getList("OrganizationalUnits.Name")).containsExactly("Web");
        assertThat(management.ok("ListChildren", Map.of("ParentId", prodId, "ChildType", "ORGANIZATIONAL_UNIT"))
                .getList("Children")).containsExactly(Map.of("Id", webId, "Type", "ORGANIZATIONAL_UNIT"));
        assertThat(management.ok("ListChildren", Map.of("ParentId", rootId, "ChildType", "ACCOUNT"))
                .getList("Children")).containsExactly(Map.of("Id", management.accountId, "Type", "ACCOUNT"));
        assertThat(management.ok("ListParents", Map.of("ChildId", webId)).getList("Parents"))
                .containsExactly(Map.of("Id", prodId, "Type", "ORGANIZATIONAL_UNIT"));
        assertThat(management.ok("ListParents", Map.of("ChildId", prodId)).getList("Parents"))
                .containsExactly(Map.of("Id", rootId, "Type", "ROOT"));
        assertThat(management.ok("DescribeOrganizationalUnit", Map.of("OrganizationalUnitId", webId))
                .getString("OrganizationalUnit.Name")).isEqualTo("Web");
    }

    @Test
    void createWhenDeeperThanFiveLevelsThenConstraintViolation() {
        String parent = rootId;
        for (int level = 1; level <= 5; level++) {
            parent = ou(parent, "L" + level);
        }

        management.error("CreateOrganizationalUnit", Map.of("ParentId", parent, "Name", "L6"),
                "ConstraintViolationException", "OU_DEPTH_LIMIT_EXCEEDED");
        assertThat(management.ok("ListOrganizationalUnitsForParent", Map.of("ParentId", parent))
                .getList("OrganizationalUnits")).isEmpty();
    }

    @Test
    void createWhenNameTakenUnderParentThenDuplicateButAllowedElsewhere() {
        String prodId = ou(rootId, "Prod");

        management.error("CreateOrganizationalUnit", Map.of("ParentId", rootId, "Name", "Prod"),
                "DuplicateOrganizationalUnitException");
        ou(prodId, "Prod");
        management.error("UpdateOrganizationalUnit", Map.of("OrganizationalUnitId", ou(rootId, "Dev"), "Name", "Prod"),
                "DuplicateOrganizationalUnitException");
    }

    @Test
    void createWhenParentUnknownOrMalformedThenAwsErrors() {
        management.error("CreateOrganizationalUnit", Map.of("ParentId", "ou-zzzz-zzzzzzzz", "Name", "X"),
                "ParentNotFoundException");
        management.error("CreateOrganizationalUnit", Map.of("ParentId", "r-zzzz", "Name", "X"),
                "ParentNotFoundException");
        management.error("CreateOrganizationalUnit", Map.of("ParentId", "root", "Name", "X"),
                "InvalidInputException", "INVALID_PATTERN");
        management.error("CreateOrganizationalUnit", Map.of("ParentId", rootId), "InvalidInputException",
                "INPUT_REQUIRED");
        management.error("CreateOrganizationalUnit", Map.of("ParentId", rootId, "Name", ""), "InvalidInputException",
                "MIN_LENGTH_EXCEEDED");
        management.error("CreateOrganizationalUnit", Map.of("ParentId", rootId, "Name", "n".repeat(129)),
                "InvalidInputException", "MAX_LENGTH_EXCEEDED");
        management.error("ListChildren", Map.of("ParentId", rootId, "ChildType", "ROOT"), "InvalidInputException",
                "INVALID_ENUM");
        management.error("ListParents", Map.of("ChildId", "ou-zzzz-zzzzzzzz"), "ChildNotFoundException");
        management.error("ListParents", Map.of("ChildId", "999999999999"), "ChildNotFoundException");
        management.error("DescribeOrganizationalUnit", Map.of("OrganizationalUnitId", "ou-zzzz-zzzzzzzz"),
                "OrganizationalUnitNotFoundException");
    }

    @Test
    void updateWhenRenamedThenDescribedWithNewName() {
        String ouId = ou(rootId, "Old");

        JsonPath updated = management.ok("UpdateOrganizationalUnit", Map.of("OrganizationalUnitId", ouId, "Name", "New"));

        assertThat(updated.getString("OrganizationalUnit.Name")).isEqualTo("New");
        assertThat(management.ok("DescribeOrganizationalUnit", Map.of("OrganizationalUnitId", ouId))
                .getString("OrganizationalUnit.Name")).isEqualTo("New");
    }

    @Test
    void deleteWhenChildrenRemainThenNotEmptyUntilEmptied() {
        String prodId = ou(rootId, "Prod");
        String webId = ou(prodId, "Web");
        String memberId = account();
        move(memberId, rootId, webId);

        management.error("DeleteOrganizationalUnit", Map.of("OrganizationalUnitId", prodId),
                "OrganizationalUnitNotEmptyException");
        management.error("DeleteOrganizationalUnit", Map.of("OrganizationalUnitId", webId),
                "OrganizationalUnitNotEmptyException");
        move(memberId, webId, rootId);
        management.ok("DeleteOrganizationalUnit", Map.of("OrganizationalUnitId", webId));
        management.ok("DeleteOrganizationalUnit", Map.of("OrganizationalUnitId", prodId));

        assertThat(management.ok("ListOrganizationalUnitsForParent", Map.of("ParentId", rootId))
                .getList("OrganizationalUnits")).isEmpty();
        management.error("DescribeOrganizationalUnit", Map.of("OrganizationalUnitId", prodId),
                "OrganizationalUnitNotFoundException");
    }

    @Test
    void moveWhenValidThenAccountUnderDestination() {
        String ouId = ou(rootId, "Prod");
        String memberId = account();

        assertThat(move(memberId, rootId, ouId).getMap("$")).isEmpty();

        assertThat(management.ok("ListAccountsForParent", Map.of("ParentId", ouId)).getList("Accounts.Id"))
                .containsExactly(memberId);
        assertThat(management.ok("ListParents", Map.of("ChildId", memberId)).getList("Parents"))
                .containsExactly(Map.of("Id", ouId, "Type", "ORGANIZATIONAL_UNIT"));
    }

    @Test
    void moveWhenParentsWrongThenAwsErrors() {
        String ouId = ou(rootId, "Prod");
        String memberId = account();

        management.error("MoveAccount", Map.of("AccountId", memberId, "SourceParentId", ouId,
                "DestinationParentId", rootId), "SourceParentNotFoundException");
        management.error("MoveAccount", Map.of("AccountId", memberId, "SourceParentId", rootId,
                "DestinationParentId", "ou-zzzz-zzzzzzzz"), "DestinationParentNotFoundException");
        management.error("MoveAccount", Map.of("AccountId", memberId, "SourceParentId", rootId,
                "DestinationParentId", rootId), "DuplicateAccountException");
        management.error("MoveAccount", Map.of("AccountId", "999999999999", "SourceParentId", rootId,
                "DestinationParentId", ouId), "AccountNotFoundException");
        management.error("MoveAccount", Map.of("AccountId", "12345", "SourceParentId", rootId,
                "DestinationParentId", ouId), "InvalidInputException", "INVALID_PATTERN");
        management.error("MoveAccount", Map.of("AccountId", memberId, "DestinationParentId", ouId),
                "InvalidInputException", "INPUT_REQUIRED");

        assertThat(management.ok("ListAccountsForParent", Map.of("ParentId", ouId)).getList("Accounts")).isEmpty();
    }

    @Test
    void treeWhenAnotherOrganizationsIdsUsedThenNotFound() {
        OrganizationsWire other = OrganizationsWire.newAccount();
        other.ok("CreateOrganization", "{}");
        String otherRoot = other.ok("ListRoots", "{}").getString("Roots[0].Id");
        String otherOu = other.ok("CreateOrganizationalUnit", Map.of("ParentId", otherRoot, "Name", "Theirs"))
                .getString("OrganizationalUnit.Id");

        management.error("DescribeOrganizationalUnit", Map.of("OrganizationalUnitId", otherOu),
                "OrganizationalUnitNotFoundException");
        management.error("ListChildren", Map.of("ParentId", otherRoot, "ChildType", "ACCOUNT"), "ParentNotFoundException");
        management.error("DescribeAccount", Map.of("AccountId", other.accountId), "AccountNotFoundException");
        management.error("DeleteOrganizationalUnit", Map.of("OrganizationalUnitId", otherOu),
                "OrganizationalUnitNotFoundException");
    }

    @Test
    void listsWhenPagedThenNextTokenWalksAllItems() {
        for (int i = 0; i < 3; i++) {
            ou(rootId, "Unit" + i);
        }

        JsonPath first = management.ok("ListOrganizationalUnitsForParent", Map.of("ParentId", rootId, "MaxResults", 2));
        JsonPath second = management.ok("ListOrganizationalUnitsForParent", Map.of("ParentId", rootId, "MaxResults", 2,
                "NextToken", first.getString("NextToken")));

        assertThat(first.getList("OrganizationalUnits")).hasSize(2);
        assertThat(second.getList("OrganizationalUnits")).hasSize(1);
        assertThat(second.getString("NextToken")).isNull();
        management.error("ListOrganizationalUnitsForParent", Map.of("ParentId", rootId, "MaxResults", 21),
                "InvalidInputException", "MAX_VALUE_EXCEEDED");
        management.error("ListOrganizationalUnitsForParent", Map.of("ParentId", rootId, "MaxResults", 0),
                "InvalidInputException", "MIN_VALUE_EXCEEDED");
        management.error("ListOrganizationalUnitsForParent", Map.of("ParentId", rootId, "NextToken", "%%%"),
                "InvalidInputException", "INVALID_NEXT_TOKEN");
        management.error("ListOrganizationalUnitsForParent", Map.of("ParentId", rootId, "MaxResults", "two"),
                "SerializationException");
    }

    private String ou(String parentId, String name) {
        return management.ok("CreateOrganizationalUnit", Map.of("ParentId", parentId, "Name", name))
                .getString("OrganizationalUnit.Id");
    }

    private String account() {
        return management.ok("CreateAccount", Map.of("Email", PoolFixtures.unique("m") + "@example.com",
                "AccountName", "Member")).getString("CreateAccountStatus.AccountId");
    }

    private JsonPath move(String accountId, String from, String to) {
        return management.ok("MoveAccount", Map.of("AccountId", accountId, "SourceParentId", from,
                "DestinationParentId", to));
    }
}
