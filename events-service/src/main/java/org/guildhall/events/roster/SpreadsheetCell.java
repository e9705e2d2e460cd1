package org.guildhall.events.roster;

/**
 * A CSV cell that a spreadsheet shows as text, never runs as a formula (OWASP, CSV injection): text beginning with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a single quote in front. Text that
 * already begins with a quote gets one too, so the rule reads back without doubt: drop one leading quote.
 */
final class SpreadsheetCell {

    private static final String FORMULA_LEADS = "=+-@\t\r'";

    private SpreadsheetCell() {}

    static Object of(Object value) {
        if (value instanceof CharSequence text && !text.isEmpty() && FORMULA_LEADS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return value;
    }

    /** The text that {@link #of} wrote. */
    static String read(String cell) {
        return cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
