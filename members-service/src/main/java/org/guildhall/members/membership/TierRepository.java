package org.guildhall.members.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.guildhall.kit.problem.ProblemException;

@ApplicationScoped
public class TierRepository implements PanacheRepositoryBase<Tier, String> {

    public Tier require(String code) {
        return findByIdOptional(code)
                .orElseThrow(() -> ProblemException.badRequest(
                        "unknown-tier", "tier: no tier " + code + "; the tiers are " + codes()));
    }

    public List<Tier> all() {
        return listAll(Sort.by("rank"));
    }

    private List<String> codes() {
        return all().stream().map(Tier::code).toList();
    }
}
