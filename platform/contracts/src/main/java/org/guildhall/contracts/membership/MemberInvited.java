package org.guildhall.contracts.membership;

import java.time.Instant;

/**
 * A person an administrator imported has a membership but no login yet: they are invited to sign up and claim it by
 * their e-mail address. {@code memberId} is the imported membership's id until it is claimed; a claim moves the
 * membership to the person's own id (the token's {@code sub}), published as {@code MemberJoined} under that id and
 * {@code MemberErased} for this one.
 */
public record MemberInvited(String memberId, String displayName, String email, Instant invitedAt) {}
