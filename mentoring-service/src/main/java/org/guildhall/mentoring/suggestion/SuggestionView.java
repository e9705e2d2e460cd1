package org.guildhall.mentoring.suggestion;

import java.util.List;
import org.guildhall.mentoring.fit.Fit;

/** A suggested mentor: who, the score from 0 to 100, and the criteria that made it. */
public record SuggestionView(
        String mentorId, String displayName, String headline, int score, List<Fit.Criterion> criteria) {}
