package org.guildhall.members.directory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.guildhall.kit.paging.Page;
import org.guildhall.members.goal.NetworkingGoal;
import org.guildhall.members.profile.CareerStage;
import org.guildhall.members.profile.OpenTo;

/** What a directory search asks for; every criterion is optional and they all must hold. */
public class DirectoryQuery {

    /** Words in the name, headline or bio. */
    @QueryParam("q")
    @Size(max = 200)
    String text;

    @QueryParam("skill")
    @Size(max = 40)
    String skill;

    @QueryParam("topic")
    @Size(max = 40)
    String topic;

    @QueryParam("industry")
    @Size(max = 40)
    String industry;

    /** Members with an open goal of this kind. */
    @QueryParam("goal")
    NetworkingGoal.Kind goal;

    @QueryParam("openTo")
    OpenTo openTo;

    @QueryParam("careerStage")
    CareerStage careerStage;

    /** The start of the location, ignoring case: {@code lon} finds London. */
    @QueryParam("location")
    @Size(max = 100)
    String location;

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
