package org.guildhall.web.report;

import java.util.List;

/**
 * What a chart draws, written into its element's {@code data-chart} attribute as JSON and drawn by
 * {@code web-assets/charts.js} (no inline script: the CSP forbids it). The same numbers are in the table beside it.
 */
public record Chart(String kind, boolean stacked, List<String> categories, List<Series> series) {

    /** Whole numbers, or hours with a fraction. */
    public record Series(String name, List<? extends Number> values) {}
}
