package org.guildhall.mentoring.profile;

import java.util.List;
import org.guildhall.mentoring.fit.Offer;

/** What a mentee looks for, and what a mentor must meet (shared language, at most so many hours apart). */
public record MenteeTerms(
        List<String> goals,
        List<String> topics,
        List<String> industries,
        List<String> languages,
        List<Offer> seeking,
        boolean mustShareLanguage,
        Integer maxHoursApart) {}
