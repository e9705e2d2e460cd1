package org.guildhall.events.checkin;

import jakarta.validation.constraints.Pattern;
import java.util.UUID;

/** Check a registrant in by their registration, or by the code they show at the door. */
public record CheckInRequest(
        UUID registrationId,
        @Pattern(regexp = "[A-Za-z0-9]{4,16}", message = "must be the code the registrant shows") String code) {}
