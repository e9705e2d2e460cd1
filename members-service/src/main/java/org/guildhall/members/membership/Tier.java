package org.guildhall.members.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;

/** A membership tier: reference data kept in the {@code tier} table, not in code. */
@Entity
@Table(name = "tier")
public class Tier {

    @Id
    private String code;

    private String name;

    @Column(name = "duration_months")
    private int durationMonths;

    @Column(name = "requires_approval")
    private boolean requiresApproval;

    private int rank;

    protected Tier() {}

    public Tier(String code, String name, int durationMonths, boolean requiresApproval) {
        this.code = code;
        this.name = name;
        this.durationMonths = durationMonths;
        this.requiresApproval = requiresApproval;
    }

    /** When a membership of this tier that starts (or is extended) at {@code from} ends. */
    public Instant expiryFrom(Instant from) {
        return from.atZone(ZoneOffset.UTC).plusMonths(durationMonths).toInstant();
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int durationMonths() {
        return durationMonths;
    }

    public boolean requiresApproval() {
        return requiresApproval;
    }

    public int rank() {
        return rank;
    }
}
