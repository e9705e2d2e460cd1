package org.guildhall.members.administration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.guildhall.kit.paging.Page;
import org.guildhall.members.membership.MembershipStatus;

/** What an administrator looks for in the roll: a status (every status when absent), words of a name or e-mail. */
public class RollQuery {

    @QueryParam("status")
    MembershipStatus status;

    /** The start of a word of the name, or of the e-mail, ignoring case. */
    @QueryParam("q")
    @Size(max = 100)
    String text;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    @Max(10_000)
    int page;

    @QueryParam("size")
    @DefaultValue(Page.DEFAULT_SIZE)
    @Min(1)
    @Max(Page.MAX_SIZE)
    int size;
}
