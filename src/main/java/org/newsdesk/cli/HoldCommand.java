package org.newsdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Puts a publication on hold: its scheduled fires make no issue; its items wait. */
@Command(name = "hold", description = "Hold a publication: scheduled fires make no issue until it is released.")
public class HoldCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PUB", description = "publication id (config/publications/PUB.yaml)")
    String publication;

    @Override
    public Integer call() {
        return EditorSession.run(
                false, c -> c.hold(publication), done -> System.out.println(done.subject() + ": " + done.message()));
    }
}
