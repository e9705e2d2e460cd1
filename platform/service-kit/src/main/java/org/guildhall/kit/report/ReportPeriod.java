package org.guildhall.kit.report;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.guildhall.kit.problem.Problem;
import org.guildhall.kit.problem.ProblemException;

/**
 * The months a report covers, from the query parameters {@code from} and {@code to} ({@code 2026-01}, both included,
 * UTC): by default the twelve months up to the current one; at most {@link #MAX_MONTHS} months, so that no report
 * scans without bound. A month that is not {@code yyyy-MM}, {@code from} after {@code to} or a longer range is a 400
 * problem {@code report-period} naming the parameter.
 */
public record ReportPeriod(YearMonth from, YearMonth to) {

    /** Five years. */
    public static final int MAX_MONTHS = 60;

    public static ReportPeriod of(String from, String to, Clock clock) {
        YearMonth end = to == null || to.isBlank() ? YearMonth.now(clock.withZone(ZoneOffset.UTC)) : parse("to", to);
        YearMonth start = from == null || from.isBlank() ? end.minusMonths(11) : parse("from", from);
        if (start.isAfter(end)) {
            throw refused("from", "must not be after to");
        }
        if (ChronoUnit.MONTHS.between(start, end) + 1 > MAX_MONTHS) {
            throw refused("to", "a report covers at most " + MAX_MONTHS + " months (five years)");
        }
        return new ReportPeriod(start, end);
    }

    /** The first instant of the period. */
    public Instant start() {
        return from.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    private static YearMonth parse(String name, String value) {
        try {
            YearMonth month = YearMonth.parse(value.strip());
            if (month.getYear() < 1900 || month.getYear() > 9999) {
                throw refused(name, "must be a month between 1900-01 and 9999-12");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw refused(name, "must be a month written yyyy-MM");
        }
    }

    private static ProblemException refused(String field, String message) {
        Problem kind = Problem.of("report-period", "Report period not allowed", 400, field + ": " + message);
        return new ProblemException(new Problem(
                kind.type(), kind.title(), 400, kind.detail(), List.of(new Problem.Violation(field, message))));
    }
}
