package io.gatehouse.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.gatehouse.realm.RealmFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated benchmark realm is a valid realm file with the users the targets name. */
class BenchRealmTest {

    @Test
    void jsonWhenGeneratedThenSchemaValidAndParses() throws IOException {
        String json = BenchRealm.json(12);

        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Target.JSON.readTree(Files.readString(Path.of("docs/realm.schema.json"))));
        assertThat(schema.validate(Target.JSON.readTree(json))).isEmpty();
        RealmFile.parse("bench.json", json);
    }

    @Test
    void mainWhenCountGivenThenUsersNumberedFromZeroWithVerifiedEmail(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("realm/bench.json");

        BenchRealm.main(new String[] {file.toString(), "3"});

        JsonNode users = Target.JSON.readTree(Files.readString(file)).path("userPools").path(0).path("users");
        assertThat(users).hasSize(3);
        assertThat(users.path(0).path("username").asText()).isEqualTo("user0000");
        assertThat(users.path(2).path("username").asText()).isEqualTo("user0002");
        assertThat(users.path(2).path("password").asText()).isEqualTo("Passw0rd!x");
        assertThat(users.path(2).path("attributes").path("email").asText()).isEqualTo("user0002@bench.example.com");
        assertThat(users.path(2).path("attributes").path("email_verified").asText()).isEqualTo("true");
    }

    @Test
    void digitsWhenCountNeedsMoreThanFourThenWider() {
        assertThat(BenchRealm.digits(1000)).isEqualTo(4);
        assertThat(BenchRealm.digits(10000)).isEqualTo(4);
        assertThat(BenchRealm.digits(10001)).isEqualTo(5);
    }
}
