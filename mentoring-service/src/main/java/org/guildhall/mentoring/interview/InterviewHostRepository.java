package org.guildhall.mentoring.interview;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InterviewHostRepository implements PanacheRepositoryBase<InterviewHost, String> {}
