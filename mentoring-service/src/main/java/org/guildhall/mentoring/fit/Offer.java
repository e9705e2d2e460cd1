package org.guildhall.mentoring.fit;

/** What a mentor offers and what a mentee seeks from mentoring. */
public enum Offer {
    CAREER_GUIDANCE,
    TECHNICAL_DEPTH,
    LEADERSHIP,
    ENTERING_THE_FIELD
}
