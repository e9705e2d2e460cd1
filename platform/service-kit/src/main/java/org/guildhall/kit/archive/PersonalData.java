package org.guildhall.kit.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A member's own data as one service holds it (GDPR Art. 15 and 20, issue 16): every row of every table of the
 * service's database in which any value (nested ones included: arrays, JSON) is the member's id, as JSON by table.
 * Asking the database rather than each feature means a table added later is in the copy without anyone remembering
 * it. The kit's own tables (outbox, processed messages, migrations) and the tables a service names are left out.
 */
@ApplicationScoped
public class PersonalData {

    private static final Set<String> NEVER = Set.of("flyway_schema_history", "outbox", "processed_message");

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final String service;

    PersonalData(
            DataSource dataSource,
            ObjectMapper json,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.dataSource = dataSource;
        this.json = json;
        this.service = service;
    }

    /**
     * {@code {service, memberId, collectedAt, tables: {<table>: [<row>, ...]}}} as UTF-8 JSON, read in the caller's
     * transaction; tables without a row of the member are left out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] about(String memberId, Set<String> leftOut, Instant now) {
        ObjectNode copy = json.createObjectNode();
        copy.put("service", service);
        copy.put("memberId", memberId);
        copy.put("collectedAt", now.toString());
        ObjectNode tables = copy.putObject("tables");
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                if (NEVER.contains(table) || leftOut.contains(table)) {
                    continue;
                }
                ArrayNode rows = rowsNaming(connection, table, memberId);
                if (!rows.isEmpty()) {
                    tables.set(table, rows);
                }
            }
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(copy);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not collect what " + service + " holds about a member", e);
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select table_name from information_schema.tables"
                        + " where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                tables.add(result.getString(1));
            }
        }
        return tables;
    }

    private ArrayNode rowsNaming(Connection connection, String table, String memberId)
            throws SQLException, JsonProcessingException {
        ArrayNode rows = json.createArrayNode();
        String quoted = '"' + table.replace("\"", "\"\"") + '"';
        try (PreparedStatement select = connection.prepareStatement(
                "select to_jsonb(t)::text from " + quoted + " t"
                        + " where jsonb_path_exists(to_jsonb(t), 'strict $.** ? (@ == $id)', jsonb_build_object('id', ?::text))")) {
            select.setString(1, memberId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(json.readTree(result.getString(1)));
                }
            }
        }
        return rows;
    }
}
