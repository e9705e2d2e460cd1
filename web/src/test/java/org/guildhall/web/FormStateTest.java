package org.guildhall.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import org.guildhall.web.api.Problem;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.FormState;
import org.junit.jupiter.api.Test;

/** A service's refusal lands next to the fields it names, and what was typed stays. */
class FormStateTest {

    @Test
    void shouldPutEachViolationNextToItsFieldAndKeepWhatWasTyped() {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        posted.add("displayName", "");
        posted.add("skills", "python, Not A Tag");
        posted.add("headline", "Data analyst");
        FormState form = FormState.posted(posted);

        form.refusedBy(
                refusal(
                        new Problem.Violation("displayName", "must not be blank"),
                        new Problem.Violation("skills[1]", "must match the tag pattern")),
                "down");

        assertThat(form.problem("displayName")).isEqualTo("Must not be blank.");
        assertThat(form.problem("skills")).isEqualTo("Must match the tag pattern.");
        assertThat(form.get("headline")).isEqualTo("Data analyst");
        assertThat(form.get("skills")).isEqualTo("python, Not A Tag");
        assertThat(form.message()).isNull();
    }

    @Test
    void shouldShowTheDetailWhenNoViolationNamesAFieldOfTheForm() {
        FormState form = FormState.posted(new MultivaluedHashMap<>());

        form.refusedBy(
                new ServiceProblem(
                        "members-service",
                        new Problem(
                                "https://guildhall.org/problems/already-joined",
                                "Conflict",
                                409,
                                "You have already joined.",
                                null)),
                "down");

        assertThat(form.message()).isEqualTo("You have already joined.");
    }

    @Test
    void shouldSayTheServiceIsDownWhenItDidNotAnswer() {
        FormState form = FormState.empty();

        form.refusedBy(
                ServiceProblem.unreachable("events-service", new RuntimeException("refused")), "Events are down.");

        assertThat(form.message()).isEqualTo("Events are down.");
    }

    private static ServiceProblem refusal(Problem.Violation... violations) {
        return new ServiceProblem(
                "members-service",
                new Problem(
                        "https://guildhall.org/problems/validation",
                        "Invalid request",
                        400,
                        "invalid",
                        List.of(violations)));
    }
}
