package org.guildhall.members.connection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A member who declined someone and does not want to be asked by them again. */
@Entity
@Table(name = "member_block")
public class MemberBlock {

    @Embeddable
    public record Key(@Column(name = "blocker_id") String blockerId, @Column(name = "blocked_id") String blockedId)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "blocked_at")
    private Instant blockedAt;

    protected MemberBlock() {}

    public static MemberBlock of(String blockerId, String blockedId, Instant now) {
        MemberBlock block = new MemberBlock();
        block.key = new Key(blockerId, blockedId);
        block.blockedAt = now;
        return block;
    }
}
