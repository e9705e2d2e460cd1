package org.guildhall.members.member;

import jakarta.validation.constraints.Size;

/** Why an admin changes a membership; required to suspend. */
public record MembershipChangeRequest(@Size(max = 500) String reason, @Size(max = 32) String tier) {}
