package org.guildhall.mentoring.profile;

import java.util.List;
import org.guildhall.mentoring.fit.Offer;

/** What a mentor publishes: their expertise, what they offer, and how many mentees they take. */
public record MentorTerms(
        List<String> topics,
        List<String> industries,
        List<Offer> offers,
        List<String> languages,
        String timeZone,
        int capacity,
        boolean acceptingRequests) {}
