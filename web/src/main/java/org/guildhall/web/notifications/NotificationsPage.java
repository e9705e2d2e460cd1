package org.guildhall.web.notifications;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.NotificationsApi;
import org.guildhall.web.api.Page;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.Choices;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;

/**
 * {@code /notifications}: the inbox, newest first (read, archive, mark all read), and the preferences: a
 * category-by-channel grid, e-mail at once or as a daily digest at an hour, quiet hours, the zone they are read in.
 */
@Path("/notifications")
@Authenticated
public class NotificationsPage {

    static final int PAGE_SIZE = 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(
                Section<Page<NotificationsApi.Notification>> inbox, FormState preferences, String done);
    }

    @Inject
    Text text;

    @Inject
    @RestClient
    NotificationsApi notifications;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@QueryParam("page") @DefaultValue("0") int page, @QueryParam("done") String done) {
        return page(page, null, done);
    }

    @POST
    @Path("/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response read(@PathParam("id") String id) {
        notifications.markRead(id);
        return Response.seeOther(URI.create("/notifications")).build();
    }

    @POST
    @Path("/{id}/archive")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response archive(@PathParam("id") String id) {
        notifications.archive(id);
        return Response.seeOther(URI.create("/notifications?done=archived")).build();
    }

    @POST
    @Path("/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response readAll() {
        notifications.markAllRead();
        return Response.seeOther(URI.create("/notifications?done=read")).build();
    }

    @POST
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response savePreferences(MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted);
        List<NotificationsApi.CategoryChannels> channels = new ArrayList<>();
        for (String category : Choices.categories) {
            channels.add(new NotificationsApi.CategoryChannels(
                    category, form.has("inbox", category), form.has("email", category)));
        }
        NotificationsApi.QuietHours quiet = null;
        try {
            if (!form.get("quietFrom").isBlank() || !form.get("quietUntil").isBlank()) {
                quiet = new NotificationsApi.QuietHours(
                        LocalTime.parse(form.get("quietFrom")), LocalTime.parse(form.get("quietUntil")));
            }
        } catch (DateTimeParseException e) {
            form.problem("quietHours", text.problem_quiet_hours());
            return Response.status(400).entity(page(0, form, null)).build();
        }
        Integer hour;
        try {
            hour = Integer.valueOf(form.get("digestHour"));
        } catch (NumberFormatException e) {
            hour = null;
        }
        try {
            notifications.updatePreferences(new NotificationsApi.Preferences(
                    form.get("emailMode"), hour, quiet, Typed.blankToNull(form.get("timeZone")), channels));
            return Response.seeOther(URI.create("/notifications?done=preferences#preferences"))
                    .build();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_notifications());
            return Response.status(refusal.pageStatus())
                    .entity(page(0, form, null))
                    .build();
        }
    }

    private TemplateInstance page(int page, FormState preferences, String done) {
        if (preferences == null) {
            preferences = FormState.empty();
            try {
                NotificationsApi.Preferences current = notifications.preferences();
                preferences
                        .set("emailMode", current.emailMode())
                        .set("digestHour", current.digestHour())
                        .set("timeZone", current.timeZone());
                if (current.quietHours() != null) {
                    preferences
                            .set("quietFrom", current.quietHours().from())
                            .set("quietUntil", current.quietHours().until());
                }
                List<String> inbox = new ArrayList<>();
                List<String> email = new ArrayList<>();
                for (NotificationsApi.CategoryChannels channel : current.channels()) {
                    if (channel.inbox()) {
                        inbox.add(channel.category());
                    }
                    if (channel.email()) {
                        email.add(channel.category());
                    }
                }
                preferences.setAll("inbox", inbox).setAll("email", email);
            } catch (RuntimeException e) {
                preferences.message(text.unavailable_notifications());
            }
        }
        int from = Math.max(0, page);
        return Templates.notifications(
                Section.load(() -> notifications.inbox(from, PAGE_SIZE), new Page<>(List.of(), 0, PAGE_SIZE, 0)),
                preferences,
                done);
    }
}
