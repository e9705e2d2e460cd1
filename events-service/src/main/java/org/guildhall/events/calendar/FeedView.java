package org.guildhall.events.calendar;

import java.time.Instant;

/** Where a member's personal calendar feed is; anyone with the URL can read it, so keep it private. */
public record FeedView(String url, Instant rotatedAt) {}
