package org.guildhall.members.member;

/** The basics a member tells about themselves. */
public record Profile(String displayName, String headline, String location, String timeZone) {}
