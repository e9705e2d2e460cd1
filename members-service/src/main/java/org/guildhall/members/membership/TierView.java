package org.guildhall.members.membership;

public record TierView(String code, String name, int durationMonths, boolean requiresApproval) {

    static TierView of(Tier tier) {
        return new TierView(tier.code(), tier.name(), tier.durationMonths(), tier.requiresApproval());
    }
}
