package org.guildhall.web.mentoring;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Mentoring's words, by key, in {@code messages/mentoring_en.properties}: mentor and mentee profiles, suggestions,
 * requests, mentorships and their session log, informational interviews and thank-yous. Templates reach them as
 * {@code mentoring:<key>}. A bundle of its own because Quarkus 3.33's generated bundle breaks beyond 300 messages
 * (see {@code MessageBundlesTest}); the shell's {@link org.guildhall.web.shell.Text} keeps the shared words.
 */
@MessageBundle(value = "mentoring", locale = "en")
public interface MentoringText {

    @Message
    String mentoring_title();

    @Message
    String mentoring_heading();

    @Message
    String suggestions_heading();

    @Message
    String suggestions_need_profile();

    @Message
    String suggestions_none();

    @Message
    String requests_received();

    @Message
    String requests_sent();

    @Message
    String requests_none();

    @Message
    String mentorships_heading();

    @Message
    String mentorships_none();

    @Message
    String mentorship_line(String mentor, String mentee);

    @Message
    String mentee_profile();

    @Message
    String mentee_goals();

    @Message
    String mentee_seeking();

    @Message
    String mentee_save();

    @Message
    String mentor_profile();

    @Message
    String mentor_offers();

    @Message
    String mentor_capacity();

    @Message
    String mentor_accepting();

    @Message
    String mentor_save();

    @Message
    String request_status(String status);

    @Message
    String offer(String offer);

    @Message
    String mentoring_done(String done);

    @Message
    String interview_heading();

    @Message
    String interview_ask_link(String name);

    @Message
    String mentorship_title(String name);

    @Message
    String mentorship_back();

    @Message
    String mentorship_heading(String name);

    @Message
    String mentorship_done(String done);

    @Message
    String mentorship_status(String status);

    @Message
    String thanks_link(String name);

    @Message
    String sessions_heading();

    @Message
    String sessions_private();

    @Message
    String sessions_none();

    @Message
    String minutes(Integer minutes);

    @Message
    String logged_by(String name);

    @Message
    String session_log_heading();

    @Message
    String session_date();

    @Message
    String session_minutes();

    @Message
    String session_minutes_hint();

    @Message
    String session_notes();

    @Message
    String session_log_submit();

    @Message
    String mentorship_finish_heading();

    @Message
    String mentorship_finish_how();

    @Message
    String mentorship_complete();

    @Message
    String mentorship_end();

    @Message
    String mentorship_end_reason();

    @Message
    String mentorship_feedback();

    @Message
    String mentorship_finish_submit();

    @Message
    String nav_interviews();

    @Message
    String nav_thanks();

    @Message
    String interviews_title();

    @Message
    String interviews_lead();

    @Message
    String interviews_done(String done);

    @Message
    String interviews_hosting();

    @Message
    String interviews_asked();

    @Message
    String interviews_none();

    @Message
    String interview_from(String name, String topic);

    @Message
    String interview_to(String name, String topic);

    @Message
    String interview_status(String status);

    @Message
    String interview_at(String when);

    @Message
    String interview_choose_time();

    @Message
    String interview_accept();

    @Message
    String interview_other_time(String zone);

    @Message
    String interview_propose();

    @Message
    String interview_complete();

    @Message
    String interview_other_proposed(String when);

    @Message
    String interview_take_time();

    @Message
    String interview_ask_heading();

    @Message
    String interview_ask_whom(String name);

    @Message
    String interview_topic();

    @Message
    String interview_message();

    @Message
    String interview_times(String zone);

    @Message
    String interview_time_1();

    @Message
    String interview_time_2();

    @Message
    String interview_time_3();

    @Message
    String interview_ask_submit();

    @Message
    String interview_ask_how();

    @Message
    String interview_limit_heading();

    @Message
    String interview_limit();

    @Message
    String interview_limit_hint();

    @Message
    String thanks_title();

    @Message
    String thanks_sent();

    @Message
    String thanks_to(String name, String what);

    @Message
    String thanks_from(String name, String what);

    @Message
    String thanks_context(String context);

    @Message
    String thanks_message();

    @Message
    String thanks_submit();

    @Message
    String thanks_prompts();

    @Message
    String thanks_no_prompts();

    @Message
    String thanks_write();

    @Message
    String thanks_received();

    @Message
    String thanks_none_received();
}
