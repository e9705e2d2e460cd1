package org.guildhall.web.home;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.EventsApi;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.MentoringApi;
import org.guildhall.web.api.NotificationsApi;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Viewer;

/**
 * {@code /home}: the member's day at a glance: unread notifications, their coming registrations, requests waiting for
 * their answer, their networking goals with progress, and next steps. Each part comes from its service and says so
 * when that service does not answer.
 */
@Path("/home")
@Authenticated
public class HomePage {

    /** How many coming events are checked for the member's registration (one call each). */
    static final int UPCOMING_CHECKED = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(
                Section<List<NotificationsApi.Notification>> notifications,
                Section<List<EventsApi.MyRegistration>> upcoming,
                Section<List<EventsApi.MyPlace>> shifts,
                Section<List<MembersApi.ConnectionRequest>> connectionRequests,
                Section<List<MentoringApi.MentorshipRequest>> mentoringRequests,
                Section<List<MembersApi.Goal>> goals,
                List<Step> nextSteps);
    }

    /** A suggested next step: what to do, and the page where it is done. */
    public record Step(String text, String href) {}

    @Inject
    Viewer viewer;

    @Inject
    Text text;

    @Inject
    @RestClient
    MembersApi members;

    @Inject
    @RestClient
    EventsApi events;

    @Inject
    @RestClient
    MentoringApi mentoring;

    @Inject
    @RestClient
    NotificationsApi notifications;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        var unread = Section.load(
                () -> notifications.inbox(0, 5).items().stream()
                        .filter(NotificationsApi.Notification::unread)
                        .toList(),
                List.<NotificationsApi.Notification>of());
        var upcoming = Section.load(events::myRegistrations, List.<EventsApi.MyRegistration>of());
        Instant now = Instant.now();
        var shifts = Section.load(
                () -> events.myPlaces().stream()
                        .filter(place -> !"COMPLETED".equals(place.status()))
                        .filter(place -> place.endsAt().isAfter(now))
                        .toList(),
                List.<EventsApi.MyPlace>of());
        var connectionRequests = Section.load(
                () -> members.connectionRequests("incoming").items(), List.<MembersApi.ConnectionRequest>of());
        var mentoringRequests = Section.load(
                () -> mentoring.requests("mentor").items().stream()
                        .filter(request -> "PENDING".equals(request.status()))
                        .toList(),
                List.<MentoringApi.MentorshipRequest>of());
        var goals = Section.load(members::goals, List.<MembersApi.Goal>of());
        return Templates.home(
                unread, upcoming, shifts, connectionRequests, mentoringRequests, goals, nextSteps(goals, upcoming));
    }

    /** The steps a member is likely to take next, from what the page already knows. */
    private List<Step> nextSteps(
            Section<List<MembersApi.Goal>> goals, Section<List<EventsApi.MyRegistration>> upcoming) {
        List<Step> steps = new ArrayList<>();
        viewer.member().ifPresent(member -> {
            if (member.headline() == null || member.headline().isBlank()) {
                steps.add(new Step(text.step_profile(), "/profile"));
            }
        });
        if (!goals.failed() && goals.value().isEmpty()) {
            steps.add(new Step(text.step_goal(), "/profile#goals"));
        }
        if (goals.value().stream()
                .anyMatch(goal -> "FIND_MENTOR".equals(goal.kind()) && "OPEN".equals(goal.status()))) {
            steps.add(new Step(text.step_mentor(), "/mentoring"));
        }
        if (!upcoming.failed() && upcoming.value().isEmpty()) {
            steps.add(new Step(text.step_event(), "/events"));
        }
        steps.add(new Step(text.step_directory(), "/directory"));
        return steps;
    }
}
