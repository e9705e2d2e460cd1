package org.guildhall.members.memberimport;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.guildhall.kit.problem.ProblemException;

/**
 * Reads a member import file: CSV (RFC 4180, commons-csv) in UTF-8 with or without a byte order mark, comma or
 * semicolon separated (the header line decides), with header names matched loosely ({@code E-mail}, {@code email},
 * {@code First name} + {@code Last name} or {@code Name}, ...). What makes the whole file unreadable (too large, too
 * many rows, not UTF-8, no header with an e-mail and a name column) is a 400 problem; what is wrong with a row is an
 * {@link ImportProblem} with its row and column, and the other rows go on.
 */
public final class ImportFile {

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;

    /** The statuses an import may set; a grace period follows from the dates. */
    public static final Set<String> STATUSES = Set.of("ACTIVE", "PENDING", "LAPSED", "SUSPENDED");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, String> HEADERS = headers();

    private final List<ImportRow> rows;
    private final List<String> columns;

    private ImportFile(List<String> columns, List<ImportRow> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads {@code bytes}; {@code tiers} are the tier codes that exist (matched without regard to case). */
    public static ImportFile read(byte[] bytes, Set<String> tiers) {
        if (bytes.length > MAX_BYTES) {
            throw ProblemException.badRequest(
                    "import-too-large", "An import file may hold at most 50 MB; split it into several imports.");
        }
        String text = decode(bytes);
        char delimiter = delimiterOf(text);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .setAllowDuplicateHeaderNames(true)
                .get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, Integer> columns = columnsOf(parser.getHeaderNames());
            List<ImportRow> rows = new ArrayList<>();
            Map<String, Integer> firstRowOfEmail = new HashMap<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw ProblemException.badRequest(
                            "import-too-many-rows",
                            "An import may hold at most " + MAX_ROWS + " rows; split it into several imports.");
                }
                rows.add(row(record, columns, parser.getHeaderNames(), tiers, firstRowOfEmail));
            }
            return new ImportFile(parser.getHeaderNames(), List.copyOf(rows));
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw ProblemException.badRequest(
                    "import-unreadable", "The file is not CSV as RFC 4180 writes it: " + e.getMessage());
        }
    }

    public List<ImportRow> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    private static String decode(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.badRequest(
                    "import-not-utf8",
                    "The file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\" and upload it again.");
        }
    }

    /** Semicolon when the header line has more semicolons than commas outside quotes (spreadsheets in many locales). */
    private static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static Map<String, Integer> columnsOf(List<String> names) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String field = HEADERS.get(normalised(names.get(i)));
            if (field != null) {
                columns.putIfAbsent(field, i);
            }
        }
        boolean named =
                columns.containsKey("name") || columns.containsKey("firstName") || columns.containsKey("lastName");
        if (!columns.containsKey("email") || !named) {
            throw ProblemException.badRequest(
                    "import-header",
                    "The first line must name the columns, with an e-mail column (E-mail) and a name (Name, or First"
                            + " name and Last name); found: " + String.join(", ", names));
        }
        return columns;
    }

    private static ImportRow row(
            CSVRecord record,
            Map<String, Integer> columns,
            List<String> names,
            Set<String> tiers,
            Map<String, Integer> firstRowOfEmail) {
        int row = (int) record.getRecordNumber() + 1;
        List<ImportProblem> problems = new ArrayList<>();
        Cells cells = new Cells(record, columns, names, row, problems);

        // a cell that cannot be read is reported once, not again as missing
        int reported = problems.size();
        String email = cells.text("email", 254);
        if (email == null) {
            if (problems.size() == reported) {
                problems.add(new ImportProblem(row, cells.name("email"), "an e-mail address is needed"));
            }
        } else if (!EMAIL.matcher(email).matches()) {
            problems.add(new ImportProblem(row, cells.name("email"), "is not an e-mail address"));
        } else {
            Integer first = firstRowOfEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), row);
            if (first != null) {
                problems.add(new ImportProblem(row, cells.name("email"), "the same e-mail address as row " + first));
            }
        }
        reported = problems.size();
        String name = cells.text("name", 100);
        if (name == null) {
            String first = cells.text("firstName", 100);
            String last = cells.text("lastName", 100);
            name = first == null ? last : last == null ? first : first + " " + last;
        }
        if (name == null) {
            if (problems.size() == reported) {
                problems.add(new ImportProblem(
                        row, cells.name(columns.containsKey("name") ? "name" : "firstName"), "a name is needed"));
            }
        } else if (name.length() > 100) {
            problems.add(new ImportProblem(row, cells.name("name"), "is longer than 100 characters"));
        }
        String tier = cells.text("tier", 32);
        if (tier != null) {
            Optional<String> known =
                    tiers.stream().filter(tier::equalsIgnoreCase).findFirst();
            if (known.isEmpty()) {
                problems.add(new ImportProblem(row, cells.name("tier"), "no tier is called " + tier));
            }
            tier = known.orElse(tier);
        }
        String status = cells.text("status", 32);
        if (status != null) {
            status = status.toUpperCase(Locale.ROOT);
            if (!STATUSES.contains(status)) {
                problems.add(new ImportProblem(
                        row, cells.name("status"), "must be one of ACTIVE, PENDING, LAPSED, SUSPENDED"));
            }
        }
        LocalDate joined = cells.date("joined");
        LocalDate expires = cells.date("expires");
        if (joined != null && expires != null && expires.isBefore(joined)) {
            problems.add(new ImportProblem(row, cells.name("expires"), "is before the joining date"));
        }
        String timeZone = cells.text("timeZone", 64);
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (java.time.DateTimeException e) {
                problems.add(
                        new ImportProblem(row, cells.name("timeZone"), "is not a time zone such as Europe/London"));
            }
        }
        return new ImportRow(
                row,
                email == null ? null : email.toLowerCase(Locale.ROOT),
                name,
                tier,
                status,
                joined,
                expires,
                cells.text("headline", 200),
                cells.text("location", 100),
                timeZone,
                List.copyOf(problems));
    }

    /** The cells of one record by field, with problems for what cannot be read. */
    private record Cells(
            CSVRecord record, Map<String, Integer> columns, List<String> names, int row, List<ImportProblem> problems) {

        String name(String field) {
            Integer index = columns.get(field);
            return index == null ? field : names.get(index);
        }

        String text(String field, int maxLength) {
            Integer index = columns.get(field);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index).strip();
            if (value.isEmpty()) {
                return null;
            }
            if (value.length() > maxLength) {
                problems.add(new ImportProblem(row, name(field), "is longer than " + maxLength + " characters"));
                return null;
            }
            if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
                problems.add(new ImportProblem(row, name(field), "holds a line break or a control character"));
                return null;
            }
            return value;
        }

        LocalDate date(String field) {
            String value = text(field, 10);
            if (value == null) {
                return null;
            }
            try {
                LocalDate date = LocalDate.parse(value);
                if (date.getYear() < 1900 || date.getYear() > 9999) {
                    problems.add(new ImportProblem(row, name(field), "must be between the years 1900 and 9999"));
                    return null;
                }
                return date;
            } catch (DateTimeParseException e) {
                problems.add(new ImportProblem(row, name(field), "is not a date as 2024-03-31"));
                return null;
            }
        }
    }

    private static String normalised(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>();
        for (String name : List.of("email", "emailaddress", "mail")) {
            headers.put(name, "email");
        }
        for (String name : List.of("name", "fullname", "displayname")) {
            headers.put(name, "name");
        }
        for (String name : List.of("firstname", "givenname", "forename")) {
            headers.put(name, "firstName");
        }
        for (String name : List.of("lastname", "surname", "familyname")) {
            headers.put(name, "lastName");
        }
        for (String name : List.of("tier", "membershiptier", "membershiptype", "level")) {
            headers.put(name, "tier");
        }
        for (String name : List.of("status", "membershipstatus")) {
            headers.put(name, "status");
        }
        for (String name : List.of("joined", "joinedon", "joineddate", "joindate", "membersince", "datejoined")) {
            headers.put(name, "joined");
        }
        for (String name : List.of("expiry", "expires", "expirydate", "expireson", "expiresat", "renewaldate")) {
            headers.put(name, "expires");
        }
        headers.put("headline", "headline");
        headers.put("location", "location");
        headers.put("city", "location");
        headers.put("timezone", "timeZone");
        return Map.copyOf(headers);
    }
}
