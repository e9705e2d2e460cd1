package org.guildhall.members.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.members.support.Community.TOKENS;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVRecord;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.CsvRows;
import org.guildhall.testkit.GuildhallTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MemberExportTest {

    @Test
    void shouldExportEveryMemberWithWhatAnAdministratorSeesAndFormulasNeutralised() throws IOException {
        String ada = "ada-" + UUID.randomUUID();
        given().auth()
                .oauth2(TOKENS.forUser(ada)
                        .roles("member")
                        .email(ada + "@example.org")
                        .sign())
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "@Ada Lovelace", "timeZone", "Europe/London"))
                .post("/members")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(Community.member(ada))
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "displayName", "@Ada Lovelace",
                        "headline", "=1+1",
                        "bio", "Line one\nline \"two\", with a comma",
                        "timeZone", "Europe/London",
                        "visibility", Map.of("bio", "PRIVATE")))
                .put("/members/me")
                .then()
                .statusCode(200);
        String grace = Community.activeMember("grace");

        String csv = given().auth()
                .oauth2(Community.admin())
                .when()
                .get("/members/export.csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();

        List<CSVRecord> rows = CsvRows.of(csv);
        CSVRecord adaRow = rows.stream()
                .filter(row -> row.get("id").equals(ada))
                .findFirst()
                .orElseThrow();
        assertThat(adaRow.get("displayName")).isEqualTo("'@Ada Lovelace");
        assertThat(adaRow.get("headline")).isEqualTo("'=1+1");
        // private to the member, but an administrator sees every field
        assertThat(adaRow.get("bio")).isEqualTo("Line one\nline \"two\", with a comma");
        assertThat(adaRow.get("email")).isEqualTo(ada + "@example.org");
        assertThat(adaRow.get("status")).isNotEmpty();
        assertThat(rows).extracting(row -> row.get("id")).contains(grace);
    }

    @Test
    void shouldNotLetAnyoneButAnAdministratorExportMembers() {
        given().auth()
                .oauth2(TOKENS.coordinator("c-" + UUID.randomUUID()))
                .get("/members/export.csv")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(Community.member(Community.activeMember("linus")))
                .get("/members/export.csv")
                .then()
                .statusCode(403);
        given().get("/members/export.csv").then().statusCode(401);
    }
}
