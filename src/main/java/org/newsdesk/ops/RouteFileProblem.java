package org.newsdesk.ops;

/** Why a route file was not loaded: the file, the line (1-based, 0 when unknown) and what is wrong. */
public record RouteFileProblem(String file, int line, String message) {

    public RouteFileProblem {
        // one log line per problem: parsers quote the offending text over several lines
        message = message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    @Override
    public String toString() {
        return file + (line > 0 ? ", line " + line : "") + ": " + message;
    }
}
