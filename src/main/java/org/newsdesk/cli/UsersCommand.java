package org.newsdesk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.camel.main.Main;
import org.newsdesk.desk.Passwords;
import org.newsdesk.store.Accounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The desk's accounts: add, list, remove. Works while the service runs (the store is shared). */
@Command(
        name = "users",
        description = "Manage the accounts that sign in to the editor's desk (/desk/).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListAll.class, UsersCommand.Remove.class})
public class UsersCommand implements Runnable {

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(System.out);
    }

    static int withAccounts(AccountsWork work) throws Exception {
        Main main = Workspace.main(Workspace.home(), Workspace.withoutServer(Map.of()), false);
        try {
            main.start();
        } catch (Exception e) {
            System.err.println("newsdesk: could not open the store: " + e.getMessage());
            return 1;
        }
        try {
            String url = main.getCamelContext().resolvePropertyPlaceholders("{{newsdesk.public-url}}");
            return work.run(Workspace.newsdesk(main).accounts(), url.endsWith("/") ? url + "desk/" : url + "/desk/");
        } finally {
            main.stop();
        }
    }

    @FunctionalInterface
    interface AccountsWork {
        int run(Accounts accounts, String deskUrl) throws Exception;
    }

    @Command(
            name = "add",
            description = "Add an account. The password is read as one line from standard input when that is not "
                    + "a terminal; at a terminal it is asked twice; --generate prints a new one, once.")
    static class Add implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME", description = "the name to sign in with")
        String name;

        @Option(names = "--role", defaultValue = "editor", description = "editor or admin (default: editor)")
        String role;

        @Option(names = "--email", description = "where \"send a test to me\" goes")
        String email;

        @Option(names = "--generate", description = "make a random password and print it once")
        boolean generate;

        @Override
        public Integer call() throws Exception {
            if (!name.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) {
                System.err.println("newsdesk: a name is letters, digits and . _ @ - (at most 64), e.g. \"mei.lin\"");
                return 2;
            }
            if (!role.equals("editor") && !role.equals("admin")) {
                System.err.println("newsdesk: the role is editor or admin, not \"" + role + "\"");
                return 2;
            }
            String password = generate ? Passwords.generate() : readPassword();
            if (password == null) {
                return 2;
            }
            String problem = Passwords.problem(password);
            if (problem != null) {
                System.err.println("newsdesk: " + problem);
                return 2;
            }
            String hash = new Passwords().hash(password);
            return withAccounts((accounts, deskUrl) -> {
                if (!accounts.add(name, role, hash, email)) {
                    System.err.println("newsdesk: there is an account \"" + name + "\" already");
                    return 2;
                }
                System.out.println("account " + name + " (" + role + ") added; sign in at " + deskUrl);
                if (generate) {
                    System.out.println("password: " + password);
                    System.out.println("(shown once: give it to " + name + " and let it go)");
                }
                return 0;
            });
        }

        private static String readPassword() throws Exception {
            Console console = System.console();
            if (console == null) {
                BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
                String line = in.readLine();
                if (line == null) {
                    System.err.println("newsdesk: no password on standard input (or use --generate)");
                }
                return line;
            }
            char[] first = console.readPassword("Password for the new account: ");
            char[] second = console.readPassword("The same password again: ");
            if (first == null || second == null || !Arrays.equals(first, second)) {
                System.err.println("newsdesk: the two passwords differ; nothing was added");
                return null;
            }
            return new String(first);
        }
    }

    @Command(name = "list", description = "List the accounts: name, role, e-mail, since when.")
    static class ListAll implements Callable<Integer> {
        @Override
        public Integer call() throws Exception {
            return withAccounts((accounts, deskUrl) -> {
                for (Accounts.Account a : accounts.all()) {
                    System.out.printf(
                            "%-24s %-7s %-32s %s%n",
                            a.name(), a.role(), a.email() == null ? "-" : a.email(), a.createdAt());
                }
                return 0;
            });
        }
    }

    @Command(name = "remove", description = "Remove an account; its desk sessions end at their next request.")
    static class Remove implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call() throws Exception {
            return withAccounts((accounts, deskUrl) -> {
                if (!accounts.remove(name)) {
                    System.err.println("newsdesk: there is no account \"" + name + "\"");
                    return 2;
                }
                System.out.println("account " + name + " removed");
                return 0;
            });
        }
    }
}
