package org.guildhall.members.memberimport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.guildhall.members.support.Community.TOKENS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.guildhall.contracts.CloudEventHeaders;
import org.guildhall.contracts.ContractExamples;
import org.guildhall.contracts.Topics;
import org.guildhall.members.support.Community;
import org.guildhall.testkit.GuildhallTestResource;
import org.guildhall.testkit.KafkaBroker;
import org.guildhall.testkit.TopicReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(GuildhallTestResource.class)
class MemberImportApplyTest {

    private static TopicReader membership;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void readMembershipTopic() {
        membership = TopicReader.fromStart(KafkaBroker.shared().bootstrapServers(), Topics.MEMBERSHIP);
    }

    @AfterAll
    static void close() {
        membership.close();
    }

    @Test
    void shouldApplyTheFileAsAJoinWouldAndChangeNothingTheSecondTime() {
        String ada = "ada-" + UUID.randomUUID();
        String adaEmail = ada + "@example.org";
        given().auth()
                .oauth2(TOKENS.forUser(ada).roles("member").email(adaEmail).sign())
                .contentType("application/json")
                .body(Map.of("displayName", "Ada Lovelace", "timeZone", "Europe/London"))
                .post("/members")
                .then()
                .statusCode(201);
        String grace = "grace-" + UUID.randomUUID() + "@example.org";
        String csv = "E-mail;First name;Last name;Tier;Joined;Expires\n"
                + adaEmail.toUpperCase() + ";Ada;King;associate;;\n"
                + grace + ";Grace;Hopper;student;2019-05-01;2031-05-01\n"
                + "nobody;Linus;Torvalds;gold;;\n";

        JsonPath first = applied(csv);

        assertThat(first.getInt("rows")).isEqualTo(3);
        assertThat(first.getInt("rowsDone")).isEqualTo(3);
        assertThat(first.getInt("created")).isEqualTo(1);
        assertThat(first.getInt("updated")).isEqualTo(1);
        assertThat(first.getInt("failed")).isEqualTo(1);
        assertThat(first.getList("problems.column")).containsExactly("E-mail", "Tier");
        assertThat(first.getList("problems.row")).containsOnly(4);
        given().auth()
                .oauth2(Community.admin())
                .get("/members/{id}", ada)
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Ada King"));
        JsonPath roll = given().auth()
                .oauth2(Community.admin())
                .queryParam("q", grace)
                .get("/admin/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(roll.getList("items")).hasSize(1);
        String graceId = roll.getString("items[0].id");
        assertThat(graceId).startsWith("imported-");
        assertThat(roll.getString("items[0].displayName")).isEqualTo("Grace Hopper");
        assertThat(roll.getString("items[0].tier")).isEqualTo("student");
        assertThat(roll.getString("items[0].status")).isEqualTo("ACTIVE");
        assertThat(roll.getString("items[0].joinedAt")).isEqualTo("2019-05-01T00:00:00Z");
        assertThat(roll.getString("items[0].expiresAt")).isEqualTo("2031-05-01T00:00:00Z");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(types(graceId))
                .contains("guildhall.membership.MemberJoined.v1", "guildhall.membership.MembershipStatusChanged.v1"));
        membership
                .recordsWithKey(graceId)
                .forEach(record -> ContractExamples.assertConforms(
                        org.guildhall.contracts.EventTypes.byType(TopicReader.header(record, CloudEventHeaders.TYPE))
                                .orElseThrow(),
                        record.value()));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(types(ada)).contains("guildhall.membership.MemberProfileUpdated.v1"));

        JsonPath second = applied(csv);

        assertThat(second.getInt("created")).isZero();
        assertThat(second.getInt("updated")).isZero();
        assertThat(second.getInt("unchanged")).isEqualTo(2);
        assertThat(second.getInt("failed")).isEqualTo(1);
        assertThat(given().auth()
                        .oauth2(Community.admin())
                        .queryParam("q", grace)
                        .get("/admin/members")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .hasSize(1);
    }

    @Test
    void shouldReportCellsWithFormulasLineBreaksAndQuotesByRowAndNeverHalfApplyOne() {
        String quoted = "quoted-" + UUID.randomUUID() + "@example.org";
        String formula = "formula-" + UUID.randomUUID() + "@example.org";
        String broken = "broken-" + UUID.randomUUID() + "@example.org";
        String csv = "email,name,headline\r\n"
                + quoted + ",\"O\"\"Brien, Pat\",\"Says \"\"hello\"\"\"\r\n"
                + formula + ",\"=HYPERLINK(\"\"http://evil\"\")\",\"+1 guy\"\r\n"
                + broken + ",\"Two\nLines\",plain\r\n";

        JsonPath progress = applied(csv);

        assertThat(progress.getInt("created")).isEqualTo(2);
        assertThat(progress.getInt("failed")).isEqualTo(1);
        assertThat(progress.getList("problems.row")).containsExactly(4);
        assertThat(progress.getList("problems.column")).containsExactly("name");
        JsonPath roll = given().auth()
                .oauth2(Community.admin())
                .queryParam("q", quoted)
                .get("/admin/members")
                .then()
                .extract()
                .jsonPath();
        assertThat(roll.getString("items[0].displayName")).isEqualTo("O\"Brien, Pat");
        // a formula is only text here: the CSV export neutralises it on the way out
        assertThat(given().auth()
                        .oauth2(Community.admin())
                        .queryParam("q", formula)
                        .get("/admin/members")
                        .then()
                        .extract()
                        .jsonPath()
                        .getString("items[0].displayName"))
                .isEqualTo("=HYPERLINK(\"http://evil\")");
        assertThat(given().auth()
                        .oauth2(Community.admin())
                        .queryParam("q", broken)
                        .get("/admin/members")
                        .then()
                        .extract()
                        .jsonPath()
                        .getList("items"))
                .isEmpty();
    }

    @Test
    void shouldApplyABatchTheDatabaseRefusesAgainRowByRowAndWriteNothingOfTheRefusedRow() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String before = "before-" + run + "@example.org";
        String refused = "refused-" + run + "@example.org";
        String after = "after-" + run + "@example.org";
        String constraint = "refuse_import_" + run.replace('-', '_');
        // the planner finds nothing wrong with the row; only the database refuses it, failing its whole batch
        sql("alter table member add constraint " + constraint + " check (lower(email) <> '" + refused + "') not valid");
        JsonPath progress;
        try {
            progress = applied("email,name\n" + before + ",Before\n" + refused + ",Refused\n" + after + ",After\n");
        } finally {
            sql("alter table member drop constraint " + constraint);
        }

        assertThat(progress.getInt("rowsDone")).isEqualTo(3);
        assertThat(progress.getInt("created")).isEqualTo(2);
        assertThat(progress.getInt("failed")).isEqualTo(1);
        assertThat(progress.getList("problems.row")).containsExactly(3);
        assertThat(progress.getString("problems[0].message")).startsWith("was not applied");
        assertThat(membersFound(before)).hasSize(1);
        assertThat(membersFound(after)).hasSize(1);
        assertThat(membersFound(refused)).isEmpty();
        assertThat(count("select count(*) from outbox where payload::text like ?", "%" + refused + "%"))
                .as("events of the refused row in the outbox")
                .isZero();
        assertThat(count("select count(*) from outbox where payload::text like ?", "%" + after + "%"))
                .as("events of a row after the refused one")
                .isPositive();
    }

    @Test
    void shouldAnswerAFileThatCannotBeReadWithAProblemAndStartNothing() {
        given().auth()
                .oauth2(Community.admin())
                .contentType("text/csv")
                .body("just,some,words\nno,e-mail,here\n".getBytes(StandardCharsets.UTF_8))
                .post("/members/imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/import-header"));
        given().auth()
                .oauth2(Community.admin())
                .contentType("text/csv")
                .body("email,Name\nzoe@example.org,Zoë\n".getBytes(StandardCharsets.ISO_8859_1))
                .post("/members/imports")
                .then()
                .statusCode(400)
                .body("type", endsWith("/import-not-utf8"));
    }

    @Test
    void shouldTakeAFileOverTheJsonBodyLimitButNotAJsonBodyThatLarge() {
        // lapsed members: many current ones would crowd the other tests' expiry runs and reports
        StringBuilder csv = new StringBuilder("email,name,headline,status,expires\n");
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 2_000; i++) {
            csv.append("bulk-")
                    .append(run)
                    .append('-')
                    .append(i)
                    .append("@example.org,Bulk Member ")
                    .append(i)
                    .append(',')
                    .append("h".repeat(150))
                    .append(",LAPSED,2020-01-31\n");
        }
        assertThat(csv.length()).isGreaterThan(300_000);

        JsonPath progress = applied(csv.toString());

        assertThat(progress.getInt("created")).isEqualTo(2_000);
        given().auth()
                .oauth2(TOKENS.member(Community.newPerson("ada")))
                .contentType("application/json")
                .body(Map.of("displayName", "Ada", "headline", "x".repeat(300_000)))
                .post("/members")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void shouldAnswerAnUnknownImportWithNotFound() {
        given().auth()
                .oauth2(Community.admin())
                .get("/members/imports/{id}", UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Community.admin())
                .get("/members/imports/{id}", "not-an-id")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Community.member(Community.activeMember("mary")))
                .get("/members/imports/{id}", UUID.randomUUID())
                .then()
                .statusCode(403);
    }

    private static List<Object> membersFound(String email) {
        return given().auth()
                .oauth2(Community.admin())
                .queryParam("q", email)
                .get("/admin/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
    }

    private void sql(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement update = connection.createStatement()) {
            update.execute(statement);
        }
    }

    private long count(String query, String parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, parameter);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static JsonPath applied(String csv) {
        String admin = Community.admin();
        String location = given().auth()
                .oauth2(admin)
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/members/imports")
                .then()
                .statusCode(202)
                .header("Location", containsString("/members/imports/"))
                .extract()
                .header("Location");
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> "DONE"
                        .equals(given().auth()
                                .oauth2(admin)
                                .get(location)
                                .then()
                                .extract()
                                .path("status")));
        return given().auth()
                .oauth2(admin)
                .get(location)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<String> types(String memberId) {
        return membership.recordsWithKey(memberId).stream()
                .map(record -> TopicReader.header(record, CloudEventHeaders.TYPE))
                .toList();
    }
}
