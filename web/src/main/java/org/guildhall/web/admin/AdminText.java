package org.guildhall.web.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The administrator console's words, by key, in {@code messages/admin_en.properties}; templates reach them as
 * {@code admin:<key>}. A bundle of its own (see {@code MessageBundlesTest}).
 */
@MessageBundle(value = "admin", locale = "en")
public interface AdminText {

    @Message
    String nav_admin();

    @Message
    String nav_erasures();

    @Message
    String console_label();

    @Message
    String members_title();

    @Message
    String members_heading();

    @Message
    String members_search();

    @Message
    String members_search_submit();

    @Message
    String status_tabs();

    @Message
    String status_all();

    @Message
    String member_status(String status);

    @Message
    String status_tab(String status);

    @Message
    String members_none();

    @Message
    String members_count(long count);

    @Message
    String col_name();

    @Message
    String col_email();

    @Message
    String col_tier();

    @Message
    String col_status();

    @Message
    String col_joined();

    @Message
    String col_expires();

    @Message
    String col_actions();

    @Message
    String approve();

    @Message
    String approve_name(String name);

    @Message
    String review();

    @Message
    String review_name(String name);

    @Message
    String done(String done);

    @Message
    String member_title(String name);

    @Message
    String member_facts();

    @Message
    String member_reason();

    @Message
    String member_history();

    @Message
    String history_when();

    @Message
    String history_change();

    @Message
    String history_by();

    @Message
    String history_unavailable();

    @Message
    String history_by_system();

    @Message
    String back_to_roll();

    @Message
    String actions_heading();

    @Message
    String reject_heading();

    @Message
    String reject_submit();

    @Message
    String renew_heading();

    @Message
    String renew_text();

    @Message
    String renew_submit();

    @Message
    String tier_heading();

    @Message
    String tier_new();

    @Message
    String tier_submit();

    @Message
    String suspend_heading();

    @Message
    String suspend_submit();

    @Message
    String reinstate_heading();

    @Message
    String reinstate_submit();

    @Message
    String reason();

    @Message
    String reason_optional();

    @Message
    String reason_required();

    @Message
    String tier_required();

    @Message
    String erasures_title();

    @Message
    String erasures_heading();

    @Message
    String erasures_lead();

    @Message
    String erasures_none();

    @Message
    String erasure_when();

    @Message
    String erasure_reference();

    @Message
    String erasure_by(String by);

    @Message
    String erasure_requested();

    @Message
    String erasure_service();

    @Message
    String erasure_what();

    @Message
    String erasure_feature(String feature, long rows);

    @Message
    String erasures_others();

    @Message
    String unavailable_erasures();
}
