package org.guildhall.members.membership;

import jakarta.validation.constraints.Size;
import org.guildhall.kit.edge.MultiLine;

/** Why an admin changes a membership; required to suspend. */
public record MembershipChangeRequest(@Size(max = 500) @MultiLine String reason, @Size(max = 32) String tier) {}
