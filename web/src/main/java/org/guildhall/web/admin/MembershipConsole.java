package org.guildhall.web.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MembersApi;
import org.guildhall.web.api.Page;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.Action;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;

/**
 * The administrator's membership console. {@code /admin/members}: the roll by status (pending applications first,
 * oldest first: the queue), searched by name or e-mail, with approve at hand; {@code /admin/members/{id}}: one
 * membership with its history, and approve, turn down with a reason, record a renewal, change the tier, suspend and
 * reinstate with a reason. Each form keeps what was typed and shows a refusal beside its field.
 */
@Path("/admin")
@RolesAllowed("admin")
public class MembershipConsole {

    static final int PAGE_SIZE = 25;
    static final List<String> STATUSES = List.of("PENDING", "ACTIVE", "GRACE", "LAPSED", "SUSPENDED");
    private static final Set<String> FORMS = Set.of("rejection", "tier", "suspension", "reinstatement");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance members(
                List<String> statuses,
                String status,
                FormState search,
                Section<Page<MembersApi.RollEntry>> roll,
                String query,
                String done);

        static native TemplateInstance member(
                MembersApi.Member member,
                Section<List<MembersApi.StatusChange>> history,
                Instant expiresAt,
                List<MembersApi.Tier> tiers,
                Map<String, FormState> forms,
                String done,
                String problem);
    }

    @Inject
    Text text;

    @Inject
    AdminText words;

    @Inject
    @RestClient
    MembersApi members;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response console() {
        return Response.seeOther(URI.create("/admin/members?status=PENDING")).build();
    }

    @GET
    @Path("/members")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance roll(
            @QueryParam("status") String status,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("done") String done) {
        String shown = STATUSES.contains(status) ? status : "";
        var roll = Section.load(
                () -> members.roll(Typed.blankToNull(shown), Typed.blankToNull(q), Math.max(0, page), PAGE_SIZE),
                new Page<MembersApi.RollEntry>(List.of(), 0, PAGE_SIZE, 0));
        String query = "status=" + shown + (q == null || q.isBlank() ? "" : "&q=" + encode(q));
        return Templates.members(STATUSES, shown, FormState.empty().set("q", q), roll, query, done);
    }

    /** Approve from the queue: back to the queue, which no longer holds the application. */
    @POST
    @Path("/members/{id}/approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response approve(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        String back = "queue".equals(FormState.posted(posted).get("from"))
                ? "/admin/members?status=PENDING&done=approved"
                : "/admin/members/" + id + "?done=approved";
        return Action.run(
                () -> members.approve(id),
                back,
                text.unavailable_members(),
                problem -> page(id, Map.of(), null, problem));
    }

    @POST
    @Path("/members/{id}/renewals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response renew(@PathParam("id") String id) {
        return Action.run(
                () -> members.renew(id),
                "/admin/members/" + id + "?done=renewed",
                text.unavailable_members(),
                problem -> page(id, Map.of(), null, problem));
    }

    @POST
    @Path("/members/{id}/rejection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response reject(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("reason");
        return change(id, "rejection", form, requireReason(form), () -> members.reject(id, change(form)));
    }

    @POST
    @Path("/members/{id}/tier")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response changeTier(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("tier", "reason");
        if (form.get("tier").isBlank()) {
            form.problem("tier", words.tier_required());
        }
        return change(id, "tier", form, form.hasProblems(), () -> members.changeTier(id, change(form)));
    }

    @POST
    @Path("/members/{id}/suspension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response suspend(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("reason");
        return change(id, "suspension", form, requireReason(form), () -> members.suspend(id, change(form)));
    }

    @POST
    @Path("/members/{id}/reinstatement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response reinstate(@PathParam("id") String id, MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("reason");
        return change(id, "reinstatement", form, false, () -> members.reinstate(id, change(form)));
    }

    @GET
    @Path("/members/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance member(@PathParam("id") String id, @QueryParam("done") String done) {
        return page(id, Map.of(), done, null);
    }

    /**
     * One of the member page's forms: refused here when a required field is empty, else sent; a refusal shows the
     * page again with this form's input kept and the problem beside its field.
     */
    private Response change(String id, String name, FormState form, boolean refusedHere, Supplier<Response> call) {
        if (refusedHere) {
            return Response.status(400)
                    .entity(page(id, Map.of(name, form), null, null))
                    .build();
        }
        try {
            call.get();
            return Response.seeOther(URI.create("/admin/members/" + id + "?done=" + name))
                    .build();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_members());
            return Response.status(refusal.pageStatus())
                    .entity(page(id, Map.of(name, form), null, null))
                    .build();
        }
    }

    private boolean requireReason(FormState form) {
        if (form.get("reason").isBlank()) {
            form.problem("reason", words.reason_required());
            return true;
        }
        return false;
    }

    private static MembersApi.MembershipChange change(FormState form) {
        return new MembersApi.MembershipChange(
                Typed.blankToNull(form.get("reason").strip()), Typed.blankToNull(form.get("tier")));
    }

    private TemplateInstance page(String id, Map<String, FormState> failed, String done, String problem) {
        MembersApi.Member member = members.member(id);
        var history = Section.load(() -> members.statusHistory(id), List.<MembersApi.StatusChange>of());
        Instant expiresAt = history.value().isEmpty()
                ? null
                : history.value().get(history.value().size() - 1).expiresAt();
        Map<String, FormState> forms = new java.util.HashMap<>();
        for (String name : FORMS) {
            forms.put(name, failed.getOrDefault(name, FormState.empty().fields("reason", "tier")));
        }
        List<MembersApi.Tier> tiers;
        try {
            tiers = members.tiers();
        } catch (RuntimeException e) {
            tiers = List.of();
        }
        return Templates.member(member, history, expiresAt, tiers, forms, done, problem);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
