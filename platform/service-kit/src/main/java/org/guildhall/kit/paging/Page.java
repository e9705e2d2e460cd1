package org.guildhall.kit.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list (docs/http.md): {@code page} counts from 0, {@code size} is at most {@link #MAX_SIZE},
 * {@code page} at most {@link #MAX_PAGE} (the edge refuses a larger one with a 400). {@code totalItems} is the number
 * of items in the whole list when {@code totalItemsExact}; otherwise the list holds more than {@code totalItems} items
 * and counting them all was not worth its time (a search that counts only up to a limit, as Elasticsearch's
 * {@code track_total_hits} does).
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, boolean totalItemsExact) {

    public static final int MAX_SIZE = 100;
    public static final String DEFAULT_SIZE = "20";
    /** The last page anyone may ask for; with {@link #MAX_SIZE} its offset stays far from overflowing an int. */
    public static final int MAX_PAGE = 100_000;

    /** A page of a list whose every item was counted. */
    public Page(List<T> items, int page, int size, long totalItems) {
        this(items, page, size, totalItems, true);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalItemsExact);
    }
}
