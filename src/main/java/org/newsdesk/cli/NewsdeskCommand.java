package org.newsdesk.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The launcher's entry point: one sub-command per thing people and scripts do with newsdesk. */
@Command(
        name = "newsdesk",
        mixinStandardHelpOptions = true,
        // --help and --version on every sub-command too
        scope = CommandLine.ScopeType.INHERIT,
        version = "newsdesk 1.0",
        description = "Meeting notes in, numbered newsletter issues out.",
        subcommands = {
            DemoCommand.class,
            RunCommand.class,
            NormalizeCommand.class,
            PreviewCommand.class,
            PublishCommand.class,
            HoldCommand.class,
            ReleaseCommand.class,
            StatusCommand.class,
            ReviewCommand.class,
            SubscribersCommand.class,
            ResendCommand.class,
            UsersCommand.class,
            BouncesCommand.class
        })
public class NewsdeskCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        int code = new CommandLine(new NewsdeskCommand()).execute(args);
        System.exit(code);
    }
}
