package org.guildhall.mentoring.mentorship;

import jakarta.validation.constraints.Size;
import org.guildhall.kit.edge.MultiLine;

/** A mentor says no, optionally with a reason the mentee will see. */
public record DeclineMentoringRequest(@Size(max = 500) @MultiLine String reason) {}
