package org.guildhall.events.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Volunteering in a period: for each event starting in it (published or completed) that has shifts, the places needed
 * and filled (held or completed) and the hours completed; the hours completed by month (the month a shift starts, UTC;
 * every month of the period, zeros too) with how many volunteers and places gave them; the roles with the most places
 * filled on shifts starting in the period (a role name shared by several events counts once), at most
 * {@link VolunteeringReports#TOP_ROLES}.
 */
public record VolunteeringReport(
        String from, String to, List<EventPlaces> events, List<MonthHours> months, List<RoleLine> roles) {

    public record EventPlaces(
            String id, String title, Instant startsAt, long needed, long filled, long open, BigDecimal hours) {}

    public record MonthHours(String month, BigDecimal hours, long volunteers, long places) {}

    public record RoleLine(String role, long shifts, long filled, BigDecimal hours) {}
}
