package org.guildhall.mentoring.profile;

/** A profile as the caller sees it, with the version its {@code ETag} carries. */
public record Versioned<T>(T view, long version) {}
