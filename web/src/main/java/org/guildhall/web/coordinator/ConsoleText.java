package org.guildhall.web.coordinator;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.math.BigDecimal;

/**
 * The coordinator console's words, by key ({@code messages/console_en.properties}); templates reach them as
 * {@code console:<key>}. A bundle of its own: one bundle with more than 300 messages breaks Quarkus 3.33.2's generated
 * class, and the console's words are the console's.
 */
@MessageBundle(value = "console", locale = "en")
public interface ConsoleText {

    @Message
    String nav_console();

    @Message
    String console_nav_label();

    @Message
    String console_nav_events();

    @Message
    String console_nav_programmes();

    @Message
    String console_events_title();

    @Message
    String console_events_heading();

    @Message
    String console_events_caption();

    @Message
    String console_events_none();

    @Message
    String console_event();

    @Message
    String console_status();

    @Message
    String console_starts();

    @Message
    String console_seats();

    @Message
    String console_waiting();

    @Message
    String console_pages();

    @Message
    String console_seats_of(int taken, int capacity);

    @Message
    String console_registrations();

    @Message
    String console_roster();

    @Message
    String console_desk();

    @Message
    String console_registrations_of(String title);

    @Message
    String console_roster_of(String title);

    @Message
    String console_desk_of(String title);

    @Message
    String event_status(String status);

    @Message
    String console_done(String done);

    @Message
    String console_event_new();

    @Message
    String console_event_edit();

    @Message
    String console_event_details();

    @Message
    String console_cancelled_because(String reason);

    @Message
    String console_publish();

    @Message
    String console_complete();

    @Message
    String console_save();

    @Message
    String console_draft();

    @Message
    String console_cancel_heading();

    @Message
    String console_cancel();

    @Message
    String console_field_title();

    @Message
    String console_field_description();

    @Message
    String console_field_type();

    @Message
    String console_field_timeZone();

    @Message
    String console_field_startsAt();

    @Message
    String console_field_endsAt();

    @Message
    String console_field_venue();

    @Message
    String console_field_onlineUrl();

    @Message
    String console_field_capacity();

    @Message
    String console_field_registrationOpensAt();

    @Message
    String console_field_registrationClosesAt();

    @Message
    String console_field_membersOnly();

    @Message
    String console_field_allowedTiers();

    @Message
    String console_field_seatRelease();

    @Message
    String console_field_offerClaimHours();

    @Message
    String console_field_reason();

    @Message
    String console_zone_hint();

    @Message
    String console_local_hint();

    @Message
    String console_opens_hint();

    @Message
    String console_closes_hint();

    @Message
    String console_tiers_hint();

    @Message
    String console_claim_hint();

    @Message
    String console_times_read(String when);

    @Message
    String console_zone_unknown();

    @Message
    String console_time_invalid();

    @Message
    String console_number_invalid();

    @Message
    String console_reason_needed();

    @Message
    String console_waitlist_mode();

    @Message
    String console_none_here();

    @Message
    String console_position();

    @Message
    String console_member();

    @Message
    String console_registered();

    @Message
    String console_claim_by();

    @Message
    String console_ended();

    @Message
    String console_checked_in();

    @Message
    String console_cancel_registration();

    @Message
    String console_cancel_for(String name);

    @Message
    String registration_group(String status);

    @Message
    String end_reason(String reason);

    @Message
    String seat_release(String mode);

    @Message
    String desk_title(String title);

    @Message
    String desk_count(int checkedIn, int confirmed);

    @Message
    String desk_done(String name);

    @Message
    String desk_by_code();

    @Message
    String desk_code();

    @Message
    String desk_code_needed();

    @Message
    String desk_check_in();

    @Message
    String desk_check_in_named(String name);

    @Message
    String desk_by_name();

    @Message
    String desk_name();

    @Message
    String desk_search();

    @Message
    String desk_nobody(String name);

    @Message
    String desk_already(String when);

    @Message
    String desk_back(String title);

    @Message
    String roster_title(String title);

    @Message
    String roster_export();

    @Message
    String roster_complete_ended();

    @Message
    String roster_totals(int gaps, int conflicts);

    @Message
    String roster_none();

    @Message
    String roster_caption();

    @Message
    String roster_volunteers();

    @Message
    String roster_waitlist();

    @Message
    String roster_gap(int open);

    @Message
    String roster_completed();

    @Message
    String roster_hours(BigDecimal hours);

    @Message
    String roster_release();

    @Message
    String roster_release_named(String name);

    @Message
    String roster_conflict(String when);

    @Message
    String roster_fill();

    @Message
    String roster_manage();

    @Message
    String roster_fill_named(String role);

    @Message
    String roster_complete();

    @Message
    String roster_complete_named(String role);

    @Message
    String roster_new_role();

    @Message
    String roster_field_name();

    @Message
    String roster_field_description();

    @Message
    String roster_field_skills();

    @Message
    String roster_skills_hint();

    @Message
    String roster_add_role();

    @Message
    String roster_new_shift();

    @Message
    String roster_role_first();

    @Message
    String roster_field_role();

    @Message
    String roster_local_hint(String zone);

    @Message
    String roster_field_needed();

    @Message
    String roster_add_shift();

    @Message
    String roster_fill_title(String role);

    @Message
    String roster_assigned(String done);

    @Message
    String roster_suggested();

    @Message
    String roster_suggested_hint();

    @Message
    String roster_no_suggestion();

    @Message
    String roster_assign();

    @Message
    String roster_assign_named(String name);

    @Message
    String roster_search();

    @Message
    String roster_busy();

    @Message
    String roster_not_open();

    @Message
    String roster_roles();

    @Message
    String roster_change();

    @Message
    String roster_change_role_named(String name);

    @Message
    String roster_change_shift_named(String role);

    @Message
    String roster_edit_shift_hint();

    @Message
    String roster_needed_hint(int filled);

    @Message
    String roster_save_role();

    @Message
    String roster_save_shift();

    @Message
    String roster_back();

    @Message
    String roster_invite();

    @Message
    String roster_invite_named(String name);

    @Message
    String roster_invited();

    @Message
    String programmes_title();

    @Message
    String programmes_none();

    @Message
    String programme_name();

    @Message
    String programme_window();

    @Message
    String programme_mentors();

    @Message
    String programme_mentees();

    @Message
    String programme_status(String status);

    @Message
    String programme_mentor_places(int mentors, int places);

    @Message
    String programme_open();

    @Message
    String programme_opens();

    @Message
    String programme_closes();

    @Message
    String programme_zone_hint(String zone);

    @Message
    String programme_done(String done);

    @Message
    String programme_capacity(int capacity);

    @Message
    String programme_rules();

    @Message
    String programme_no_rules();

    @Message
    String programme_rule(String kind, String mentor, String mentee);

    @Message
    String programme_mentor();

    @Message
    String programme_mentee();

    @Message
    String programme_rule_kind();

    @Message
    String pair_rule(String kind);

    @Message
    String programme_add_rule();

    @Message
    String programme_matching();

    @Message
    String programme_objective();

    @Message
    String match_objective(String objective);

    @Message
    String programme_candidates();

    @Message
    String programme_candidates_hint();

    @Message
    String programme_run();

    @Message
    String programme_preview();

    @Message
    String programme_published_pairs();

    @Message
    String programme_preview_stats(int pairs, int mentees, double mean);

    @Message
    String programme_ran(String when);

    @Message
    String programme_no_pairs();

    @Message
    String programme_pair(String mentor, String mentee);

    @Message
    String programme_score(int score);

    @Message
    String programme_pinned();

    @Message
    String programme_points(double points);

    @Message
    String programme_unmatched();

    @Message
    String programme_publish();
}
