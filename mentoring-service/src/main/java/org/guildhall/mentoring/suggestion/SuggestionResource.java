package org.guildhall.mentoring.suggestion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.guildhall.kit.edge.Expensive;
import org.guildhall.kit.identity.Caller;
import org.guildhall.kit.readmodel.ReadModelLag;
import org.guildhall.mentoring.membership.Visibility;

/** The caller's own suggestions: nobody asks for another member's. */
@Path("/mentees/me/suggestions")
@RolesAllowed({Caller.MEMBER, Caller.COORDINATOR, Caller.ADMIN})
public class SuggestionResource {

    private final MentorSuggestions suggestions;
    private final Caller caller;
    private final ReadModelLag lag;

    SuggestionResource(MentorSuggestions suggestions, Caller caller, ReadModelLag lag) {
        this.suggestions = suggestions;
        this.caller = caller;
        this.lag = lag;
    }

    @GET
    @Expensive
    public List<SuggestionView> suggestions(@QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        // the mentee is an active member (else 409), so they see what members may: an admin asking sees all
        return lag.awaiting(() -> suggestions.suggestFor(
                caller.memberId(), limit, caller.isAdmin() ? Visibility.PRIVATE : Visibility.MEMBERS));
    }
}
