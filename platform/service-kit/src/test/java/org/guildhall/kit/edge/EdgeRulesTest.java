package org.guildhall.kit.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.guildhall.kit.problem.ConcurrentWrite;
import org.junit.jupiter.api.Test;

class EdgeRulesTest {

    private final ObjectMapper json = strictMapper();

    record Member(String displayName, @MultiLine String bio, List<String> skills, Kind kind, int age) {}

    record Goal(LocalDate targetDate, Instant dueAt) {}

    enum Kind {
        MENTOR
    }

    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        StrictJson.customize(mapper);
        return mapper;
    }

    @Test
    void singleLineTextShouldRefuseControlAndInvisibleFormatCharacters() {
        for (String hostile : List.of(
                "Ann\nLine", "Ann\tx", "A\u0000", "Ann\u202E", "A\u200Bnn", "\u2066A\u2069", "\uFEFFA", "A\u2028B")) {
            assertThat(TextRules.refusal(hostile, false)).as(hostile).isPresent();
        }
        assertThat(TextRules.refusal("Zoë Ångström-O'Brien 李小龍 👩‍💻", false)).isEmpty();
        assertThat(TextRules.refusal("می\u200Cخواهم", false))
                .as("Persian needs the zero-width non-joiner")
                .isEmpty();
    }

    @Test
    void multiLineTextShouldKeepLineBreaksButRefuseNulAndLoneSurrogates() {
        assertThat(TextRules.refusal("one\ntwo\r\n\tthree", true)).isEmpty();
        assertThat(TextRules.refusal("nul\u0000", true)).isPresent();
        assertThat(TextRules.refusal("lone \uD800 high", true)).isPresent();
        assertThat(TextRules.refusal("lone \uDC00 low", true)).isPresent();
    }

    @Test
    void textShouldBeMadeOneHeaderLineWhateverItHolds() {
        assertThat(TextRules.asOneLine("Ann\nLine\r\nBcc: x@example.org\u202E \uD800"))
                .isEqualTo("Ann Line Bcc: x@example.org");
    }

    @Test
    void aBodyShouldBeReadStrictlyAndNormalisedToNfc() throws Exception {
        Member member = json.readValue(
                "{\"displayName\":\"E\\u0301ric\",\"bio\":\"a\\nb\",\"skills\":[\"java\"],\"kind\":\"MENTOR\",\"age\":3}",
                Member.class);
        assertThat(member.displayName()).isEqualTo("\u00C9ric");
        assertThat(member.bio()).isEqualTo("a\nb");

        assertRefusedAt("{\"displayName\":\"Ann\\nLine\"}", "displayName", RefusedValue.class);
        assertRefusedAt("{\"bio\":\"nul\\u0000\"}", "bio", RefusedValue.class);
        assertRefusedAt("{\"displayName\":\"\\ud800\"}", "displayName", RefusedValue.class);
        assertRefusedAt("{\"displayName\":12}", "displayName", MismatchedInputException.class);
        assertRefusedAt("{\"kind\":0}", "kind", MismatchedInputException.class);
        assertRefusedAt("{\"age\":\"3\"}", "age", MismatchedInputException.class);
        assertRefusedAt("{\"skills\":[\"java\",null]}", "skills", InvalidNullException.class);
        assertRefusedAt("{\"skills\":[\"bad\\u202Ename\"]}", "skills", RefusedValue.class);
    }

    @Test
    void datesAndInstantsShouldStayWithinTheDomainsYears() throws Exception {
        assertThat(json.readValue("{\"targetDate\":\"2030-01-01\",\"dueAt\":\"9999-12-31T23:59:59Z\"}", Goal.class))
                .isNotNull();
        for (String hostile : List.of(
                "{\"targetDate\":\"+999999999-12-31\"}",
                "{\"targetDate\":\"0999-12-31\"}",
                "{\"targetDate\":20300101}",
                "{\"dueAt\":\"-1000000000-01-01T00:00:00Z\"}",
                "{\"dueAt\":\"+10000-01-01T00:00:00Z\"}",
                "{\"dueAt\":1700000000}")) {
            assertThatThrownBy(() -> json.readValue(hostile, Goal.class))
                    .as(hostile)
                    .isInstanceOf(RefusedValue.class);
        }
    }

    @Test
    void aPathShouldBeRefusedForDotSegmentsEncodedSlashesAndHostileText() {
        for (String path : List.of(
                "/members/me/goals/..",
                "/members/me/goals/%2e%2e",
                "/members/me/goals/%2E.",
                "/members/./me",
                "/members/a%2Fb",
                "/members/a%5cb",
                "/members/a%00b",
                "/members/%ED%A0%80",
                "/members/%zz")) {
            assertThat(HttpEdge.pathRefusal(path)).as(path).isPresent();
        }
        assertThat(HttpEdge.pathRefusal("/members/me/goals/6f1c1b8e-0d39-4b8e-9d2a-3c1f7e2a9b10"))
                .isEmpty();
        assertThat(HttpEdge.pathRefusal("/members/%C3%89ric...")).isEmpty();
    }

    @Test
    void aQueryShouldBeRefusedNamingTheParameter() {
        assertThat(HttpEdge.queryRefusal("q=a%00b")
                        .orElseThrow()
                        .violations()
                        .get(0)
                        .field())
                .isEqualTo("q");
        assertThat(HttpEdge.queryRefusal("size=20&page=2147483647")
                        .orElseThrow()
                        .violations()
                        .get(0)
                        .field())
                .isEqualTo("page");
        assertThat(HttpEdge.queryRefusal("location=%ED%A0%80")
                        .orElseThrow()
                        .violations()
                        .get(0)
                        .field())
                .isEqualTo("location");
        assertThat(HttpEdge.queryRefusal("q=caf%C3%A9+au+lait&page=100000")).isEmpty();
    }

    @Test
    void aLostRaceShouldBeRecognisedThroughItsCauses() {
        assertThat(ConcurrentWrite.isRace(new RuntimeException(new OptimisticLockException("stale"))))
                .isTrue();
        assertThat(ConcurrentWrite.isRace(new RuntimeException(new SQLException("duplicate key", "23505"))))
                .isTrue();
        SQLException batch = new SQLException("Batch entry 0 was aborted", "0A000");
        batch.setNextException(new SQLException("duplicate key", "23505"));
        assertThat(ConcurrentWrite.isRace(batch)).isTrue();
        assertThat(ConcurrentWrite.isRace(new SQLException("syntax", "42601"))).isFalse();
    }

    private void assertRefusedAt(String body, String field, Class<? extends Throwable> kind) {
        assertThatThrownBy(() -> json.readValue(body, Member.class))
                .as(body)
                .isInstanceOf(kind)
                .satisfies(e -> assertThat(
                                ((MismatchedInputException) e).getPath().get(0).getFieldName())
                        .isEqualTo(field));
    }
}
