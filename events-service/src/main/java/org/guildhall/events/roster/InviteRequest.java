package org.guildhall.events.roster;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A coordinator invites a member (a suggested one, typically) to sign up for a shift. */
public record InviteRequest(@NotBlank @Size(max = 255) String memberId) {}
