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
}
