package org.guildhall.mentoring.fit;

import java.util.Set;

/** Mentees and mentors for scoring tests, named by what they are. */
final class Pairs {

    static final int LONDON = 0;
    static final int NEW_YORK = -300;
    static final int TOKYO = 540;

    private Pairs() {}

    static MenteeNeeds earlyCareerDataEngineerInLondon() {
        return new MenteeNeeds(
                "mentee-ada",
                Set.of("data-engineering", "machine-learning", "career-change"),
                Set.of("software"),
                "EARLY_CAREER",
                LONDON,
                Set.of("en"),
                Set.of(Offer.TECHNICAL_DEPTH, Offer.CAREER_GUIDANCE),
                Set.of("Find a mentor in data engineering"),
                false,
                null);
    }

    static MentorOffering seniorDataEngineerInLondon() {
        return new MentorOffering(
                "mentor-grace",
                Set.of("data-engineering", "machine-learning", "career-change", "leadership"),
                Set.of("software"),
                "SENIOR",
                LONDON,
                Set.of("en", "fr"),
                Set.of(Offer.TECHNICAL_DEPTH, Offer.CAREER_GUIDANCE),
                3,
                0);
    }

    static MentorOffering juniorDesignerInTokyo() {
        return new MentorOffering(
                "mentor-kenji",
                Set.of("design"),
                Set.of("media"),
                "STUDENT",
                TOKYO,
                Set.of("ja"),
                Set.of(Offer.LEADERSHIP),
                2,
                0);
    }

    static MentorOffering withLoad(MentorOffering mentor, String id, int activeMentees) {
        return new MentorOffering(
                id,
                mentor.topics(),
                mentor.industries(),
                mentor.careerStage(),
                mentor.utcOffsetMinutes(),
                mentor.languages(),
                mentor.offers(),
                mentor.capacity(),
                activeMentees);
    }
}
