package org.guildhall.members.goal;

/**
 * Fired, inside the changing transaction, when a member's networking goals change: the member's published profile
 * carries their goals, so membership's {@code Profiles} observes it and publishes the profile again.
 */
public record GoalsChanged(String memberId) {}
