package org.guildhall.web.shell;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word the web application shows, by key; the texts are in {@code messages/msg_en.properties} (English, the
 * default) and, for another language, in {@code messages/msg_<language>.properties} with the same keys. Templates
 * reach them as {@code msg:<key>}; Java code injects this interface. Enumerated values a service returns (statuses,
 * kinds) are worded here too, with {@code #when}.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Text {

    @Message
    String skip_to_content();

    @Message
    String nav_label();

    @Message
    String nav_home();

    @Message
    String nav_directory();

    @Message
    String nav_network();

    @Message
    String nav_events();

    @Message
    String nav_volunteering();

    @Message
    String nav_mentoring();

    @Message
    String nav_notifications();

    @Message
    String nav_profile();

    @Message
    String nav_join();

    @Message
    String nav_privacy();

    @Message
    String unread();

    @Message
    String sign_in();

    @Message
    String sign_out();

    @Message
    String footer_text();

    @Message
    String any();

    @Message
    String not_said();

    @Message
    String saved();

    @Message
    String accept();

    @Message
    String decline();

    @Message
    String withdraw();

    @Message
    String previous();

    @Message
    String next();

    @Message
    String pages();

    @Message
    String online();

    @Message
    String problem_prefix();

    @Message
    String form_has_problems();

    @Message
    String former_member();

    @Message
    String expires(String when);

    @Message
    String since(String when);

    @Message
    String score(int score);

    @Message
    String unavailable_members();

    @Message
    String unavailable_events();

    @Message
    String unavailable_mentoring();

    @Message
    String unavailable_notifications();

    @Message
    String problem_date();

    @Message
    String problem_number();

    @Message
    String problem_quiet_hours();

    @Message
    String tag_hint();

    @Message
    String list_hint();

    @Message
    String languages_hint();

    @Message
    String zone_hint();

    @Message
    String one_per_line();

    @Message
    String landing_title();

    @Message
    String landing_heading();

    @Message
    String landing_lead();

    @Message
    String landing_sign_in();

    @Message
    String landing_sign_up_hint();

    @Message
    String landing_what();

    @Message
    String landing_network();

    @Message
    String landing_network_text();

    @Message
    String landing_events();

    @Message
    String landing_events_text();

    @Message
    String landing_mentoring();

    @Message
    String landing_mentoring_text();

    @Message
    String join_title();

    @Message
    String join_heading();

    @Message
    String join_lead();

    @Message
    String join_email_hint();

    @Message
    String join_needs_approval();

    @Message
    String join_zone_hint();

    @Message
    String join_submit();

    @Message
    String field_displayName();

    @Message
    String field_email();

    @Message
    String field_tier();

    @Message
    String field_timeZone();

    @Message
    String field_headline();

    @Message
    String field_location();

    @Message
    String field_bio();

    @Message
    String field_industry();

    @Message
    String field_industries();

    @Message
    String field_careerStage();

    @Message
    String field_skills();

    @Message
    String field_topics();

    @Message
    String field_languages();

    @Message
    String field_openTo();

    @Message
    String field_goal_kind();

    @Message
    String field_goal_description();

    @Message
    String field_goal_target();

    @Message
    String home_title();

    @Message
    String home_heading(String name);

    @Message
    String home_pending();

    @Message
    String home_unread();

    @Message
    String home_no_unread();

    @Message
    String home_upcoming();

    @Message
    String home_no_upcoming();

    @Message
    String home_browse_events();

    @Message
    String home_waiting();

    @Message
    String home_nothing_waiting();

    @Message
    String home_connection_requests(int count);

    @Message
    String home_mentoring_requests(int count);

    @Message
    String home_goals();

    @Message
    String home_no_goals();

    @Message
    String home_set_goal();

    @Message
    String home_next();

    @Message
    String step_profile();

    @Message
    String step_goal();

    @Message
    String step_mentor();

    @Message
    String step_event();

    @Message
    String step_directory();

    @Message
    String profile_title();

    @Message
    String profile_heading();

    @Message
    String profile_about();

    @Message
    String profile_visibility();

    @Message
    String profile_who_sees();

    @Message
    String profile_visibility_hint();

    @Message
    String profile_save();

    @Message
    String profile_preview();

    @Message
    String profile_as_member();

    @Message
    String profile_as_public();

    @Message
    String profile_contributions();

    @Message
    String contrib_events();

    @Message
    String contrib_hours();

    @Message
    String contrib_mentees();

    @Message
    String contrib_interviews();

    @Message
    String contrib_thanks();

    @Message
    String contrib_connections();

    @Message
    String goal_new();

    @Message
    String goal_add();

    @Message
    String goal_target(String date);

    @Message
    String goal_mark_achieved();

    @Message
    String goal_mark_abandoned();

    @Message
    String goal_progress(long connections, long events, long mentorships, java.math.BigDecimal hours);

    @Message
    String directory_title();

    @Message
    String directory_heading();

    @Message
    String directory_text();

    @Message
    String directory_skill();

    @Message
    String directory_topic();

    @Message
    String directory_location();

    @Message
    String directory_goal();

    @Message
    String directory_search();

    @Message
    String directory_results(long count);

    /** The directory found more than {@code count} members and stopped counting there (docs/http.md, "Paging"). */
    @Message
    String directory_results_more(long count);

    @Message
    String connect_heading();

    @Message
    String connect_note();

    @Message
    String connect_submit();

    @Message
    String connect_sent();

    @Message
    String network_title();

    @Message
    String network_heading();

    @Message
    String network_incoming();

    @Message
    String network_outgoing();

    @Message
    String network_none();

    @Message
    String network_connections();

    @Message
    String network_no_connections();

    @Message
    String network_since(String when);

    @Message
    String network_introductions();

    @Message
    String network_no_introductions();

    @Message
    String network_introduction(String requester, String introducer, String target);

    @Message
    String events_title();

    @Message
    String events_heading();

    @Message
    String events_text();

    @Message
    String events_type();

    @Message
    String events_has_seats();

    @Message
    String events_filter();

    @Message
    String events_none();

    @Message
    String seats_left(int left, int capacity);

    @Message
    String full_waitlist();

    /** A full event's seats, to a member who holds a seat or waits already, or when registration is over. */
    @Message
    String seats_full();

    @Message
    String event_venue();

    @Message
    String event_online();

    @Message
    String event_seats();

    @Message
    String event_access();

    @Message
    String event_members_only();

    @Message
    String event_your_registration();

    @Message
    String event_cancelled(String reason);

    @Message
    String register();

    @Message
    String join_waitlist();

    @Message
    String share_attendance();

    @Message
    String registration_closed();

    @Message
    String waitlist_position(Integer position);

    @Message
    String offer_text(String deadline);

    @Message
    String offer_claim();

    @Message
    String check_in_code();

    @Message
    String cancel_registration();

    @Message
    String leave_waitlist();

    @Message
    String calendar_heading();

    @Message
    String calendar_add();

    @Message
    String calendar_feed();

    @Message
    String calendar_feed_hint();

    @Message
    String calendar_rotate();

    @Message
    String attendees_heading();

    @Message
    String attendees_hidden();

    @Message
    String attendees_none();

    @Message
    String volunteering_title();

    @Message
    String volunteering_heading();

    @Message
    String volunteer_hours(java.math.BigDecimal hours);

    @Message
    String volunteer_none();

    @Message
    String volunteer_shifts_of(String title);

    @Message
    String shift_role();

    @Message
    String shift_time();

    @Message
    String shift_places();

    @Message
    String shift_action();

    @Message
    String shift_filled(int filled, int needed);

    @Message
    String shift_sign_up();

    @Message
    String shift_waitlist();

    @Message
    String shift_sign_up_for(String role);

    @Message
    String why_suggested();

    @Message
    String ask_message();

    @Message
    String ask_submit(String name);

    @Message
    String notifications_title();

    @Message
    String notifications_heading();

    @Message
    String inbox_heading();

    @Message
    String inbox_empty();

    /**
     * The words of a link to this application in a notice's body, by where it leads ({@code NoticeBody.Part}'s
     * destination: event, volunteering, join, inbox), else the path it leads to.
     */
    @Message
    String notice_link(String destination, String path);

    @Message
    String mark_all_read();

    @Message
    String mark_read();

    @Message
    String archive();

    @Message
    String preferences_heading();

    @Message
    String preferences_grid();

    @Message
    String category_heading();

    @Message
    String channel_inbox();

    @Message
    String channel_email();

    @Message
    String email_mode();

    @Message
    String email_immediate();

    @Message
    String email_digest();

    @Message
    String digest_hour();

    @Message
    String quiet_hours();

    @Message
    String quiet_from();

    @Message
    String quiet_until();

    @Message
    String preferences_save();

    @Message
    String privacy_title();

    @Message
    String privacy_heading();

    @Message
    String privacy_intro();

    @Message
    String erase_heading();

    @Message
    String erase_what_goes();

    @Message
    String erase_goes_profile();

    @Message
    String erase_goes_network();

    @Message
    String erase_goes_events();

    @Message
    String erase_goes_mentoring();

    @Message
    String erase_goes_notifications();

    @Message
    String erase_what_stays();

    @Message
    String erase_stays_counts();

    @Message
    String erase_stays_others();

    @Message
    String erase_stays_login();

    @Message
    String erase_confirm(String name);

    @Message
    String erase_confirm_mismatch();

    @Message
    String erase_submit();

    @Message
    String erased_title();

    @Message
    String erased_heading();

    @Message
    String erased_text();

    @Message
    String registration_status(String status);

    @Message
    String goal_status(String status);

    @Message
    String goal_kind(String kind);

    @Message
    String career_stage(String stage);

    @Message
    String open_to(String choice);

    @Message
    String visibility(String level);

    @Message
    String profile_field(String field);

    @Message
    String event_kind(String kind);

    @Message
    String category(String category);

    @Message
    String event_done(String done);

    @Message
    String network_done(String done);

    @Message
    String volunteer_done(String done);

    @Message
    String notifications_done(String done);

    @Message
    String error_heading();

    @Message
    String error_not_found_heading();

    @Message
    String error_forbidden_heading();

    @Message
    String error_forbidden();

    @Message
    String error_unavailable_heading();

    @Message
    String error_unavailable();

    @Message
    String error_home();

    @Message
    String error_form_refused_heading();

    @Message
    String error_form_refused();

    @Message
    String choose();

    @Message
    String introduction_ask_heading();

    @Message
    String introduction_ask_none();

    @Message
    String introduction_introducer();

    @Message
    String introduction_reason();

    @Message
    String introduction_ask_submit();

    @Message
    String introduction_forward();

    @Message
    String introduction_status(String status);

    @Message
    String network_direct_introduction(String introducer, String first, String second);

    @Message
    String introduce_heading();

    @Message
    String introduce_first();

    @Message
    String introduce_second();

    @Message
    String introduce_submit();

    @Message
    String save();

    @Message
    String problem_date_time();

    @Message
    String volunteer_mine();

    @Message
    String volunteer_mine_none();

    @Message
    String volunteer_place_status(String status);

    @Message
    String volunteer_position(Integer position);

    @Message
    String volunteer_place_hours(java.math.BigDecimal hours);

    @Message
    String volunteer_release(String role);
}
