package org.guildhall.members.connection;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MemberBlockRepository implements PanacheRepositoryBase<MemberBlock, MemberBlock.Key> {

    public boolean blocks(String blockerId, String blockedId) {
        return findByIdOptional(new MemberBlock.Key(blockerId, blockedId)).isPresent();
    }

    public long deleteAllOf(String memberId) {
        return delete("key.blockerId = ?1 or key.blockedId = ?1", memberId);
    }
}
