package org.guildhall.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** What the launcher was asked to do, parsed from its arguments. */
public sealed interface Command {

    /** The same text as {@code ./guildhall help}, which also handles {@code up --build} itself. */
    String USAGE = String.join(
            System.lineSeparator(),
            "usage: ./guildhall <command>",
            "",
            "  up [--build] [--keycloak]",
            "                   build what is missing (--build: rebuild everything first), then run PostgreSQL, Kafka",
            "                   and the four services until Ctrl-C; data, keys and logs stay in .guildhall/",
            "                   --keycloak: also a real Keycloak on :8180 with deploy/keycloak's realm, whose tokens the",
            "                   services then verify as in production (fetched into .guildhall/keycloak on first use)",
            "  token <user> [--roles member,coordinator] [--email ada@example.org] [--name \"Ada Lovelace\"]",
            "                   print a token the running services accept; roles default to member",
            "  token <user> --keycloak [--password <password>]",
            "                   with up --keycloak: ask Keycloak for the user's token (password grant of guildhall-cli);",
            "                   the demo users ada, grace and linus need no password",
            "  down [--timeout <seconds>]",
            "                   stop the platform that up runs, from any terminal: gracefully, and after the timeout",
            "                   (default 60) by force; also stops what a launcher that was killed left running",
            "  status           say what runs: each service, PostgreSQL and Kafka, and how often a service restarted",
            "  help             this text");

    /** {@code up}: run the platform until interrupted, with a real Keycloak if asked. */
    record Up(boolean keycloak) implements Command {
        public Up() {
            this(false);
        }
    }

    /** {@code down}: stop what {@code up} runs, by force once {@code timeout} has passed. */
    record Down(Duration timeout) implements Command {
        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

        public Down() {
            this(DEFAULT_TIMEOUT);
        }
    }

    /** {@code status}: report what runs. */
    record Status() implements Command {}

    /** {@code help}, or no command at all. */
    record Help() implements Command {}

    /** {@code token}: sign a token for {@code user} with {@code roles}; email and name are optional. */
    record Token(String user, List<String> roles, String email, String name) implements Command {
        public Token {
            roles = List.copyOf(roles);
        }
    }

    /** {@code token --keycloak}: ask the local Keycloak for {@code user}'s token; no password means the demo one. */
    record KeycloakToken(String user, String password) implements Command {}

    /** Arguments that make no sense; the message says why. */
    final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }

    Pattern ROLE = Pattern.compile("[a-z][a-z0-9_-]*");

    static Command parse(String... args) {
        if (args.length == 0) {
            return new Help();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        switch (args[0]) {
            case "help", "-h", "--help":
                return new Help();
            case "up":
                return parseUp(rest);
            case "down":
                return parseDown(rest);
            case "status":
                noMoreArguments("status", rest);
                return new Status();
            case "token":
                return parseToken(rest);
            default:
                throw new UsageException("unknown command: " + args[0]);
        }
    }

    private static Up parseUp(List<String> args) {
        boolean keycloak = false;
        for (String arg : args) {
            if (arg.equals("--keycloak")) {
                keycloak = true;
            } else {
                throw new UsageException("up takes no arguments but --keycloak, got: " + String.join(" ", args));
            }
        }
        return new Up(keycloak);
    }

    private static Down parseDown(List<String> args) {
        if (args.isEmpty()) {
            return new Down();
        }
        String option = args.get(0);
        String value = null;
        if (option.startsWith("--timeout=")) {
            value = option.substring("--timeout=".length());
        } else if (option.equals("--timeout") && args.size() == 2) {
            value = args.get(1);
        }
        if (value == null || (option.equals("--timeout") ? args.size() != 2 : args.size() != 1)) {
            throw new UsageException("down takes no arguments but --timeout <seconds>, got: " + String.join(" ", args));
        }
        try {
            long seconds = Long.parseLong(value);
            if (seconds < 0) {
                throw new NumberFormatException();
            }
            return new Down(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            throw new UsageException("--timeout takes a number of seconds, got: " + value);
        }
    }

    private static void noMoreArguments(String command, List<String> rest) {
        if (!rest.isEmpty()) {
            throw new UsageException(command + " takes no arguments, got: " + String.join(" ", rest));
        }
    }

    private static Command parseToken(List<String> args) {
        String user = null;
        List<String> roles = List.of("member");
        String email = null;
        String name = null;
        boolean keycloak = false;
        String password = null;
        List<String> localOnly = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--keycloak")) {
                keycloak = true;
            } else if (arg.startsWith("--")) {
                String option;
                String value;
                int equals = arg.indexOf('=');
                if (equals >= 0) {
                    option = arg.substring(0, equals);
                    value = arg.substring(equals + 1);
                } else {
                    option = arg;
                    if (i + 1 >= args.size()) {
                        throw new UsageException(option + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (!option.equals("--password")) {
                    localOnly.add(option);
                }
                switch (option) {
                    case "--roles":
                        roles = roles(value);
                        break;
                    case "--email":
                        email = nonBlank(option, value);
                        break;
                    case "--name":
                        name = nonBlank(option, value);
                        break;
                    case "--password":
                        password = nonBlank(option, value);
                        break;
                    default:
                        throw new UsageException("unknown option for token: " + option);
                }
            } else if (user == null) {
                user = nonBlank("user", arg);
            } else {
                throw new UsageException("token takes one user, got " + user + " and " + arg);
            }
        }
        if (user == null) {
            throw new UsageException("token needs a user, e.g. ./guildhall token alice");
        }
        if (keycloak) {
            if (!localOnly.isEmpty()) {
                throw new UsageException(String.join(", ", localOnly)
                        + " cannot go with --keycloak: Keycloak's realm says who the user is and their roles");
            }
            return new KeycloakToken(user, password);
        }
        if (password != null) {
            throw new UsageException("--password goes with --keycloak only");
        }
        return new Token(user, roles, email, name);
    }

    private static List<String> roles(String value) {
        List<String> roles = new ArrayList<>();
        for (String role : value.split(",", -1)) {
            String trimmed = role.trim();
            if (!ROLE.matcher(trimmed).matches()) {
                throw new UsageException("not a role: '" + trimmed + "' (roles are e.g. member,coordinator,admin)");
            }
            if (!roles.contains(trimmed)) {
                roles.add(trimmed);
            }
        }
        return roles;
    }

    private static String nonBlank(String what, String value) {
        if (value.isBlank()) {
            throw new UsageException(what + " must not be blank");
        }
        return value;
    }
}
