package org.guildhall.kit.inbox;

import java.time.Instant;
import java.util.UUID;

/** A consumed event: its CloudEvents attributes and its payload read into the contract's record. */
public record IncomingEvent<P>(UUID id, String type, String source, String subject, Instant time, P payload) {}
