package org.guildhall.web.join;

import org.guildhall.web.api.ServiceProblem;
import org.guildhall.web.shell.AccountText;

/**
 * The join page's "claim your membership" panel (issue 16): whether the person came from their invitation (the panel
 * then leads the page), the e-mail address a claim is matched by (the sign-up's), and a refusal worded for them
 * ({@code alreadyMember} adds the way home).
 */
public record Claim(boolean invited, String email, String message, boolean alreadyMember) {

    public static Claim offered(boolean invited, String email) {
        return new Claim(invited, email == null ? "" : email, null, false);
    }

    public Claim refused(String sentence, boolean alreadyMember) {
        return new Claim(true, email, sentence, alreadyMember);
    }

    /**
     * members-service's refusal of {@code POST /members/me/claim}, worded for the person: no membership kept for the
     * address (404 {@code nothing-to-claim}), an address not yet confirmed (403 {@code email-not-verified}), a member
     * already (409 {@code member-already-joined}, with the way home); anything else as the service words it, or
     * {@code unavailableText} when it did not answer.
     */
    public Claim refusedBy(ServiceProblem refusal, AccountText account, String unavailableText) {
        return switch (refusal.status()) {
            case 404 -> refused(account.claim_nothing(email), false);
            case 403 -> refused(
                    isKind(refusal, "email-not-verified")
                            ? account.claim_not_verified()
                            : refusal.sentence(unavailableText),
                    false);
            case 409 -> refused(account.claim_already(), true);
            default -> refused(refusal.sentence(unavailableText), false);
        };
    }

    private static boolean isKind(ServiceProblem refusal, String kind) {
        String type = refusal.problem().type();
        return type != null && type.endsWith("/" + kind);
    }
}
