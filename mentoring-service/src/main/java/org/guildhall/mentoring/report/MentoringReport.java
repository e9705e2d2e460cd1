package org.guildhall.mentoring.report;

import java.time.Instant;
import java.util.List;

/**
 * Mentoring in a period, by calendar month (UTC): mentoring requests made, requests accepted, mentorships begun (by
 * request or by a cohort programme), mentorships active at the month's end, sessions logged (by the session's date)
 * and their minutes; and the cohort programmes opened in the period, each with its mentors and mentees enrolled, the
 * mentees matched once it is published and its match rate (matched of mentees; {@code null} before publishing or
 * without mentees).
 */
public record MentoringReport(String from, String to, List<MonthLine> months, List<ProgrammeLine> programmes) {

    public record MonthLine(
            String month,
            long requests,
            long acceptances,
            long started,
            long active,
            long sessions,
            long sessionMinutes) {}

    public record ProgrammeLine(
            String id,
            String name,
            String status,
            Instant openedAt,
            long mentors,
            long mentees,
            long matched,
            Double matchRate) {}
}
