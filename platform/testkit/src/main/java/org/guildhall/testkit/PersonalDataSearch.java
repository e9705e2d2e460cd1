package org.guildhall.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Searches every text, character, array and JSON column of every table of a database for strings (case-insensitive),
 * as an auditor would after an erasure: the answer names each {@code table.column} that still holds one of them. The
 * kit's {@code erased_member} is left out: it holds the erased members' opaque ids, and only those, by design.
 */
public final class PersonalDataSearch {

    private PersonalDataSearch() {}

    /** Every {@code table.column = needle} found in the tables of the connection's current schema(s). */
    public static List<String> whereFound(Connection connection, String... needles) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                        "select c.table_schema, c.table_name, c.column_name from information_schema.columns c"
                                + " join information_schema.tables t on t.table_schema = c.table_schema"
                                + " and t.table_name = c.table_name and t.table_type = 'BASE TABLE'"
                                + " where c.table_schema not in ('pg_catalog', 'information_schema')"
                                + " and c.udt_name in ('text', 'varchar', 'bpchar', 'json', 'jsonb', '_text', '_varchar',"
                                + " 'tsvector')"
                                // the kit's erased_member keeps only the opaque ids of erased members, which an
                                // erasure keeps to honour itself against late events (docs/messaging.md)
                                + " and c.table_name <> 'erased_member'"
                                + " order by 1, 2, 3");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                columns.add(new String[] {result.getString(1), result.getString(2), result.getString(3)});
            }
        }
        List<String> found = new ArrayList<>();
        for (String[] column : columns) {
            String name = quote(column[0]) + "." + quote(column[1]);
            for (String needle : needles) {
                try (PreparedStatement search = connection.prepareStatement("select count(*) from " + name + " where "
                        + "lower(" + quote(column[2]) + "::text) like ? escape '\\'")) {
                    search.setString(1, "%" + escapeLike(needle.toLowerCase(Locale.ROOT)) + "%");
                    try (ResultSet result = search.executeQuery()) {
                        result.next();
                        if (result.getLong(1) > 0) {
                            found.add(column[1] + "." + column[2] + " = " + needle);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
