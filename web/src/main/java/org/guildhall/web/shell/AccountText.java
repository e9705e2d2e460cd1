package org.guildhall.web.shell;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of a person's account (issue 16), by key, in {@code messages/account_en.properties}: a copy of their own
 * data on {@code /privacy}, claiming an imported membership on {@code /join}, and the error page's way on. Templates
 * reach them as {@code account:<key>}.
 */
@MessageBundle(value = "account", locale = "en")
public interface AccountText {

    @Message
    String data_heading();

    @Message
    String data_intro();

    @Message
    String data_ask();

    @Message
    String data_ask_again();

    @Message
    String data_collecting();

    @Message
    String data_requested_at(String when);

    @Message
    String data_waiting_for();

    /** A service's part of the archive as the member reads it: {@code events-service} → "Events, ...". */
    @Message
    String data_service(String service);

    @Message
    String data_check_again();

    @Message
    String data_ready();

    @Message
    String data_ready_until(String when);

    @Message
    String data_download();

    @Message
    String data_in_progress();

    @Message
    String data_gone();

    @Message
    String data_not_ready();

    @Message
    String claim_invited_heading();

    @Message
    String claim_heading();

    @Message
    String claim_lead_invited(String email);

    @Message
    String claim_lead(String email);

    @Message
    String claim_submit();

    @Message
    String claim_nothing(String email);

    @Message
    String claim_not_verified();

    @Message
    String claim_already();

    @Message
    String claim_go_home();

    @Message
    String join_new_heading();

    @Message
    String error_join();

    @Message
    String error_sign_in();
}
