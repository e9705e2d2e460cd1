package org.guildhall.notifications.delivery;

import java.util.Map;

/** How many deliveries stand in each status, for an admin. */
public record DeliveryStatistics(Map<DeliveryStatus, Long> byStatus, long total) {

    static DeliveryStatistics of(Map<DeliveryStatus, Long> byStatus) {
        return new DeliveryStatistics(
                byStatus, byStatus.values().stream().mapToLong(Long::longValue).sum());
    }
}
