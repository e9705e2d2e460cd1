package org.guildhall.web.api;

import java.util.List;

/** One page of a service's list, as every service answers it: {@code {items, page, size, totalItems}}. */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public List<T> items() {
        return items == null ? List.of() : items;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < totalItems;
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
