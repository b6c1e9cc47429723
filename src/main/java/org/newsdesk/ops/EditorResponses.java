package org.newsdesk.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import org.newsdesk.shared.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the editor endpoints answer: JSON in the store's own mapping, and errors a person can act on. */
public class EditorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(EditorResponses.class);

    public String json(Object body) throws JsonProcessingException {
        return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(body);
    }

    public int status(Exception error) {
        return error instanceof EditorRefusedException refused ? refused.status() : 500;
    }

    public String error(Exception error) throws JsonProcessingException {
        if (error instanceof EditorRefusedException) {
            return json(Map.of("error", error.getMessage()));
        }
        LOG.error("Editor request failed", error);
        return json(
                Map.of("error", "newsdesk could not do this because of an internal error; the service log says more."));
    }
}
