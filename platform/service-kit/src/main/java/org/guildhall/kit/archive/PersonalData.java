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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.guildhall.contracts.SealedData;
import org.guildhall.contracts.membership.MemberDataRequested;

/**
 * A member's own data as one service holds it (GDPR Art. 15 and 20, issue 16): every row of every table of the
 * service's database in which any value (nested ones included: arrays, JSON) is the member's id, as JSON by table.
 * Asking the database rather than each feature means a table added later is in the copy without anyone remembering
 * it. The kit's own tables (outbox, processed messages, migrations) and the tables a service names are left out; a
 * table whose rows name the member and others alike (a programme holding every enrolment, a notification mentioning
 * the member in someone else's inbox) or hold the member's data without naming them (sessions of their mentorship)
 * is read with the service's own query instead ({@link Selection#readAs}).
 */
@ApplicationScoped
public class PersonalData {

    private static final Set<String> NEVER =
            Set.of("flyway_schema_history", "outbox", "processed_message", "erased_member");

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
     * Which tables a copy reads, and how: every table of the service by the rows that name the member, but those
     * {@code leftOut} and those read with a query of their own ({@code ownQueries}: table → a query that selects one
     * JSON value per row and takes the member's id for each of its {@code ?}).
     */
    public record Selection(Set<String> leftOut, Map<String, String> ownQueries) {

        public Selection {
            leftOut = Set.copyOf(leftOut);
            ownQueries = Map.copyOf(ownQueries);
        }

        /** Every table, by the rows in which any value is the member's id. */
        public static Selection everyTable() {
            return new Selection(Set.of(), Map.of());
        }

        /** These tables are not in the copy (not about the member, or not theirs to take). */
        public Selection except(String... tables) {
            Set<String> more = new HashSet<>(leftOut);
            more.addAll(List.of(tables));
            return new Selection(more, ownQueries);
        }

        /**
         * {@code table} is read with {@code query} instead: it selects one JSON value ({@code jsonb} or its text) per row
         * of the copy, and each of its {@code ?} is the member's id.
         */
        public Selection readAs(String table, String query) {
            Map<String, String> more = new HashMap<>(ownQueries);
            more.put(table, query);
            return new Selection(leftOut, more);
        }
    }

    /**
     * {@code {service, memberId, collectedAt, tables: {<table>: [<row>, ...]}}} as UTF-8 JSON, read in the caller's
     * transaction; tables without a row of the member are left out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] about(String memberId, Set<String> leftOut, Instant now) {
        return about(memberId, Selection.everyTable().except(leftOut.toArray(String[]::new)), now);
    }

    /**
     * This service's part of a member's archive as a {@code MemberDataRequested} asks for it: what
     * {@link #about(String, Selection, Instant)} copies, sealed with the request's public key ({@link SealedData}), so
     * that it can travel on a topic and be opened by the requester only. In the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String sealedFor(MemberDataRequested request, Selection selection, Instant now) {
        return SealedData.seal(about(request.memberId(), selection, now), request.publicKey());
    }

    /**
     * {@code {service, memberId, collectedAt, tables: {<table>: [<row>, ...]}}} as UTF-8 JSON, read in the caller's
     * transaction, the tables as {@code selection} says; tables without a row of the member are left out.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public byte[] about(String memberId, Selection selection, Instant now) {
        ObjectNode copy = json.createObjectNode();
        copy.put("service", service);
        copy.put("memberId", memberId);
        copy.put("collectedAt", now.toString());
        ObjectNode tables = copy.putObject("tables");
        try (Connection connection = dataSource.getConnection()) {
            List<String> present = tables(connection);
            if (!present.containsAll(selection.ownQueries().keySet())) {
                throw new IllegalStateException("a query of its own names a table " + service + " does not have: "
                        + selection.ownQueries().keySet());
            }
            for (String table : present) {
                if (NEVER.contains(table) || selection.leftOut().contains(table)) {
                    continue;
                }
                String own = selection.ownQueries().get(table);
                ArrayNode rows =
                        own == null ? rowsNaming(connection, table, memberId) : rowsOf(connection, own, memberId);
                if (!rows.isEmpty()) {
                    tables.set(table, rows);
                }
            }
            return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(copy);
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not collect what " + service + " holds about a member", e);
        }
    }

    private ArrayNode rowsOf(Connection connection, String query, String memberId)
            throws SQLException, JsonProcessingException {
        ArrayNode rows = json.createArrayNode();
        try (PreparedStatement select = connection.prepareStatement(query)) {
            for (int i = 1; i <= select.getParameterMetaData().getParameterCount(); i++) {
                select.setString(i, memberId);
            }
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(json.readTree(result.getString(1)));
                }
            }
        }
        return rows;
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
