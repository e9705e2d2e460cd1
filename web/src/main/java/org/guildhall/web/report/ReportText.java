package org.guildhall.web.report;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The reports' words, by key, in {@code messages/report_en.properties}; templates reach them as {@code report:<key>}.
 */
@MessageBundle(value = "report", locale = "en")
public interface ReportText {

    @Message
    String nav_reports();

    @Message
    String index_title();

    @Message
    String index_heading();

    @Message
    String index_lead();

    @Message
    String membership_link();

    @Message
    String membership_about();

    @Message
    String membership_title();

    @Message
    String membership_heading();

    @Message
    String period_legend();

    @Message
    String period_from();

    @Message
    String period_to();

    @Message
    String period_hint();

    @Message
    String period_submit();

    @Message
    String download_csv();

    @Message
    String movements_heading();

    @Message
    String movements_chart(String from, String to);

    @Message
    String active_heading();

    @Message
    String active_chart(String from, String to);

    @Message
    String tiers_heading();

    @Message
    String tiers_chart();

    @Message
    String table_caption();

    @Message
    String col_month();

    @Message
    String col_tier();

    @Message
    String joins();

    @Message
    String renewals();

    @Message
    String lapses();

    @Message
    String active();

    @Message
    String member_status(String status);

    @Message
    String definitions();

    @Message
    String events_link();

    @Message
    String events_about();

    @Message
    String events_title();

    @Message
    String events_heading();

    @Message
    String download_events_csv();

    @Message
    String seats_heading();

    @Message
    String seats_chart(String from, String to);

    @Message
    String attendance_heading();

    @Message
    String attendance_chart(String from, String to);

    @Message
    String conversion_heading();

    @Message
    String conversion(long claimed, long made);

    @Message
    String conversion_none();

    @Message
    String col_event();

    @Message
    String col_starts();

    @Message
    String confirmed();

    @Message
    String capacity();

    @Message
    String waitlisted();

    @Message
    String checked_in();

    @Message
    String attendance_percent();

    @Message
    String offers_made();

    @Message
    String offers_claimed();

    @Message
    String over_time_link(String title);

    @Message
    String event_title(String title);

    @Message
    String over_time_heading();

    @Message
    String over_time_chart(String title);

    @Message
    String over_time_none();

    @Message
    String col_day();

    @Message
    String events_none();

    @Message
    String back_to_events();

    @Message
    String events_definitions();

    // volunteering and mentoring reports
    @Message
    String volunteering_link();

    @Message
    String volunteering_about();

    @Message
    String volunteering_title();

    @Message
    String volunteering_heading();

    @Message
    String download_volunteering_csv();

    @Message
    String places_heading();

    @Message
    String places_chart(String from, String to);

    @Message
    String places_needed();

    @Message
    String places_filled();

    @Message
    String places_open();

    @Message
    String hours();

    @Message
    String hours_heading();

    @Message
    String hours_chart(String from, String to);

    @Message
    String volunteers();

    @Message
    String places();

    @Message
    String roles_heading();

    @Message
    String roles_chart(String from, String to);

    @Message
    String col_role();

    @Message
    String shifts();

    @Message
    String volunteering_none();

    @Message
    String roles_none();

    @Message
    String volunteering_definitions();

    @Message
    String mentoring_link();

    @Message
    String mentoring_about();

    @Message
    String mentoring_title();

    @Message
    String mentoring_heading();

    @Message
    String download_mentoring_csv();

    @Message
    String flow_heading();

    @Message
    String flow_chart(String from, String to);

    @Message
    String requests();

    @Message
    String acceptances();

    @Message
    String started();

    @Message
    String active_mentorships_heading();

    @Message
    String active_mentorships_chart(String from, String to);

    @Message
    String active_mentorships();

    @Message
    String sessions_heading();

    @Message
    String sessions_chart(String from, String to);

    @Message
    String sessions();

    @Message
    String session_minutes();

    @Message
    String programmes_heading();

    @Message
    String programmes_chart(String from, String to);

    @Message
    String programmes_none();

    @Message
    String col_programme();

    @Message
    String col_status();

    @Message
    String programme_status(String status);

    @Message
    String mentors();

    @Message
    String mentees();

    @Message
    String matched();

    @Message
    String match_percent();

    @Message
    String mentoring_definitions();
}
