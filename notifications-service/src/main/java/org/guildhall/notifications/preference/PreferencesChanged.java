package org.guildhall.notifications.preference;

import java.time.Instant;

/**
 * Fired, in the changing transaction, when a member changed their preferences: e-mails not yet sent follow the new
 * ones (see {@code DeliveryPlanner#replan}).
 */
public record PreferencesChanged(Preference preference, Instant at) {}
