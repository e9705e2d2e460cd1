package org.guildhall.mentoring.membership;

/** A member's networking goal, as members-service last told it. */
public record MemberGoal(String goalId, String kind, String description, String status) {}
