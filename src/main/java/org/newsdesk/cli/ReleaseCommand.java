package org.newsdesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Ends a hold: the next scheduled fire makes an issue again. */
@Command(name = "release", description = "Release a held publication: the next scheduled fire makes an issue.")
public class ReleaseCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PUB", description = "publication id")
    String publication;

    @Override
    public Integer call() {
        return EditorSession.run(
                false, c -> c.release(publication), done -> System.out.println(done.subject() + ": " + done.message()));
    }
}
