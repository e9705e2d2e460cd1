package org.guildhall.mentoring.interview;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member's monthly limit of informational interviews they host. */
@Entity
@Table(name = "interview_host")
public class InterviewHost {

    @Id
    @Column(name = "member_id")
    private String memberId;

    @Column(name = "monthly_limit")
    private int monthlyLimit;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected InterviewHost() {}

    public static InterviewHost limitedTo(String memberId, int monthlyLimit, Instant now) {
        InterviewHost host = new InterviewHost();
        host.memberId = memberId;
        host.setLimit(monthlyLimit, now);
        return host;
    }

    public void setLimit(int monthlyLimit, Instant now) {
        this.monthlyLimit = monthlyLimit;
        this.updatedAt = now;
    }

    public String memberId() {
        return memberId;
    }

    public int monthlyLimit() {
        return monthlyLimit;
    }
}
