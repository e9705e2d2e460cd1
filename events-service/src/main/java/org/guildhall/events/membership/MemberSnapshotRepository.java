package org.guildhall.events.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MemberSnapshotRepository implements PanacheRepositoryBase<MemberSnapshot, String> {}
