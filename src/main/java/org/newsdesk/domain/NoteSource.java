package org.newsdesk.domain;

import java.time.Instant;

/** Where an item came from: the note's file name, the SHA-256 of its bytes, when and how it arrived. */
public record NoteSource(String file, String sha256, Instant received, String via) {}
