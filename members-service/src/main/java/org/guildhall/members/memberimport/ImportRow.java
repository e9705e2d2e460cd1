package org.guildhall.members.memberimport;

import java.time.LocalDate;
import java.util.List;
import org.guildhall.members.membership.ImportedMembership;

/**
 * One data row of an import file as read: {@code row} is its number as a spreadsheet shows it (the header is row 1).
 * A row with problems is reported and never written.
 */
public record ImportRow(
        int row,
        String email,
        String displayName,
        String tier,
        String status,
        LocalDate joinedOn,
        LocalDate expiresOn,
        String headline,
        String location,
        String timeZone,
        List<ImportProblem> problems) {

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** What the row states about the membership. */
    public ImportedMembership membership() {
        return new ImportedMembership(
                email, displayName, tier, status, joinedOn, expiresOn, headline, location, timeZone);
    }
}
