package org.guildhall.mentoring.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MenteeProfileRepository implements PanacheRepositoryBase<MenteeProfile, String> {}
