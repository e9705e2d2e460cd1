package org.guildhall.web.api;

import java.util.List;

/**
 * One page of a service's list, as every service answers it: {@code {items, page, size, totalItems,
 * totalItemsExact}} (docs/http.md). When {@code totalItemsExact} is false the list holds more than {@code
 * totalItems} items; a service that predates the field sends none, which reads as exact.
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, Boolean totalItemsExact) {

    /** A page of a list whose every item was counted. */
    public Page(List<T> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, true);
    }

    public List<T> items() {
        return items == null ? List.of() : items;
    }

    /** Whether {@link #totalItems} is the whole list's count, not a lower bound. */
    public boolean exact() {
        return totalItemsExact == null || totalItemsExact;
    }

    public boolean hasNext() {
        return !exact() || (long) (page + 1) * size < totalItems;
    }

    public int previousPage() {
        return Math.max(0, page - 1);
    }

    public int nextPage() {
        return page + 1;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
