package org.guildhall.web.shell;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/**
 * The values the services' enumerations take (as their READMEs name them), for selects, checkboxes and radios. Their
 * wording is in the message bundle ({@link Text}). Templates reach them by name ({@code {#for stage in careerStages}}).
 */
@TemplateGlobal
public final class Choices {

    /** Profile fields whose visibility a member chooses, as members-service's JSON names them ({@code ProfileField}). */
    public static final List<String> profileFields = List.of(
            "email",
            "headline",
            "bio",
            "industry",
            "careerStage",
            "skills",
            "topics",
            "location",
            "timeZone",
            "languages",
            "openTo",
            "goals",
            "contributions");

    public static final List<String> visibilities = List.of("PUBLIC", "MEMBERS", "PRIVATE");

    public static final List<String> careerStages =
            List.of("STUDENT", "EARLY_CAREER", "MID_CAREER", "SENIOR", "EXECUTIVE", "RETIRED");

    public static final List<String> openToChoices =
            List.of("MENTORING_OTHERS", "BEING_MENTORED", "INFORMATIONAL_INTERVIEWS", "VOLUNTEERING", "COLLABORATION");

    public static final List<String> goalKinds = List.of(
            "FIND_MENTOR",
            "EXPLORE_CAREER_PATH",
            "EXPAND_INDUSTRY_REACH",
            "FIND_COLLABORATORS",
            "VOLUNTEER",
            "OWN_WORDS");

    /** mentoring-service {@code Offer}. */
    public static final List<String> offers =
            List.of("CAREER_GUIDANCE", "TECHNICAL_DEPTH", "LEADERSHIP", "ENTERING_THE_FIELD");

    /** notifications-service {@code Category}. */
    public static final List<String> categories =
            List.of("MEMBERSHIP", "EVENTS", "VOLUNTEERING", "CONNECTIONS", "MENTORING");

    /** events-service {@code EventKind}. */
    public static final List<String> eventKinds = List.of("CONFERENCE", "SEMINAR", "WORKSHOP", "MEETUP", "WEBINAR");

    /** events-service's {@code SeatRelease}: how a freed seat reaches the waitlist. */
    public static final List<String> seatReleases = List.of("CONFIRM_AT_ONCE", "OFFER");

    /** mentoring-service's {@code MatchObjective}. */
    public static final List<String> matchObjectives = List.of("MOST_MATCHES_THEN_SCORE", "HIGHEST_SCORE");

    /** mentoring-service's {@code PairRule.Kind}. */
    public static final List<String> pairRuleKinds = List.of("PIN", "FORBID");

    private Choices() {}
}
