package org.guildhall.mentoring.fit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the one {@link MentorFit} from the configured weights. */
@ApplicationScoped
public class MentorFitProducer {

    @Produces
    @Singleton
    MentorFit mentorFit(MentoringSettings settings) {
        MentoringSettings.Weights w = settings.weights();
        return new MentorFit(
                new FitWeights(w.topics(), w.industry(), w.stage(), w.timeZone(), w.language(), w.goals()));
    }
}
