package org.newsdesk.domain;

/**
 * One change the publication's house style made to an event's prose, for the editor to see in the
 * preview: where ({@code "lead"}, {@code "Chen Zhihua"}, {@code "section Q&A"}), the term as the note
 * wrote it, what the issue prints instead and how many times.
 */
public record StyleChange(String where, String from, String to, int times) {}
