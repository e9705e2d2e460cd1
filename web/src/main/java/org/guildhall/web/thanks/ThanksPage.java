package org.guildhall.web.thanks;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MentoringApi;
import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.FormState;
import org.guildhall.web.shell.Section;
import org.guildhall.web.shell.Text;
import org.guildhall.web.shell.Typed;

/**
 * {@code /thanks}: saying thank you. The sessions and interviews of the last 30 days the member has not thanked the
 * other for (mentoring-service's prompts), each with a short form; a form for one given thing
 * ({@code ?to=&context=&contextId=}, linked from a mentorship); and the thank-yous the member received.
 */
@Path("/thanks")
@Authenticated
public class ThanksPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance thanks(
                Section<List<MentoringApi.ThanksPrompt>> prompts,
                Section<List<MentoringApi.Appreciation>> received,
                FormState form,
                String done);
    }

    @Inject
    Text text;

    @Inject
    @RestClient
    MentoringApi mentoring;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(
            @QueryParam("to") String to,
            @QueryParam("context") String context,
            @QueryParam("contextId") String contextId,
            @QueryParam("done") String done) {
        FormState form = FormState.empty();
        if (to != null && context != null && contextId != null) {
            form.set("toMemberId", to).set("context", context).set("contextId", contextId);
        }
        return page(form, done);
    }

    /** Thank {@code toMemberId} for {@code context} {@code contextId} with a {@code message} (up to 1,000 characters). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response thank(MultivaluedMap<String, String> posted) {
        FormState form = FormState.posted(posted).fields("message");
        try {
            mentoring.thank(new MentoringApi.Thanks(
                    form.get("toMemberId"),
                    form.get("context"),
                    form.get("contextId"),
                    Typed.blankToNull(form.get("message"))));
            return Response.seeOther(URI.create("/thanks?done=sent")).build();
        } catch (ServiceProblem refusal) {
            form.refusedBy(refusal, text.unavailable_mentoring());
            return Response.status(refusal.pageStatus())
                    .entity(page(form, null))
                    .build();
        }
    }

    private TemplateInstance page(FormState form, String done) {
        return Templates.thanks(
                Section.load(mentoring::thanksPrompts, List.of()),
                Section.load(() -> mentoring.appreciationsReceived().items(), List.of()),
                form,
                done);
    }
}
