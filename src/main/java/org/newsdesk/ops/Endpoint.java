package org.newsdesk.ops;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** A host and port a health check connects to; never carries a user or password. */
record Endpoint(String host, int port) {

    /** Opens and closes a TCP connection; the reason it failed otherwise. */
    String unreachableReason(int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            return null;
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
