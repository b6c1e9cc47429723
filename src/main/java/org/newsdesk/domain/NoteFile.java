package org.newsdesk.domain;

import java.time.Instant;

/**
 * A note's bytes as they arrived, before anything is read out of them.
 *
 * @param fileName        name only (no folders); used to pick the format
 * @param publicationHint publication named by where the note arrived (inbox subfolder, mailbox), or null
 */
public record NoteFile(String fileName, byte[] bytes, String publicationHint, Instant received, String via) {}
