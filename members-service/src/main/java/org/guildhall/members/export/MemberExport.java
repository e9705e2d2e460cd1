package org.guildhall.members.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.guildhall.kit.csv.SpreadsheetCsv;
import org.guildhall.members.membership.Member;
import org.guildhall.members.membership.MemberRepository;
import org.guildhall.members.profile.Profile;

/**
 * Every member (erased ones left out) as an administrator sees them: contact, membership and every profile field,
 * whatever its visibility, since administrators see all of a profile. Read in batches by id, each in its own short
 * transaction, and written as they come, so a large directory never sits in memory or holds one long transaction.
 */
@ApplicationScoped
public class MemberExport {

    static final List<String> COLUMNS = List.of(
            "id",
            "displayName",
            "email",
            "tier",
            "status",
            "joinedAt",
            "expiresAt",
            "statusReason",
            "headline",
            "bio",
            "industry",
            "careerStage",
            "location",
            "timeZone",
            "skills",
            "topics",
            "languages",
            "openTo");
    private static final int BATCH = 1000;

    private final MemberRepository members;

    MemberExport(MemberRepository members) {
        this.members = members;
    }

    public void write(Writer out) {
        try (SpreadsheetCsv.Rows csv = SpreadsheetCsv.rows(out, COLUMNS)) {
            String after = "";
            while (true) {
                String from = after;
                List<List<Object>> batch = QuarkusTransaction.requiringNew()
                        .call(() ->
                                members
                                        .find("id > ?1 and erasedAt is null order by id", from)
                                        .page(0, BATCH)
                                        .list()
                                        .stream()
                                        .map(MemberExport::row)
                                        .toList());
                batch.forEach(csv::print);
                if (batch.size() < BATCH) {
                    return;
                }
                after = (String) batch.get(batch.size() - 1).get(0);
            }
        }
    }

    private static List<Object> row(Member member) {
        Profile profile = member.profile();
        return Arrays.asList(
                member.id(),
                member.displayName(),
                member.email(),
                member.tier(),
                member.status(),
                member.joinedAt(),
                member.expiresAt(),
                member.statusReason(),
                profile.headline(),
                profile.bio(),
                profile.industry(),
                profile.careerStage(),
                profile.location(),
                profile.timeZone(),
                String.join("; ", profile.skills()),
                String.join("; ", profile.topics()),
                String.join("; ", profile.languages()),
                profile.openTo().stream().map(Enum::name).sorted().collect(Collectors.joining("; ")));
    }
}
