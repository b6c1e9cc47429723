package org.newsdesk.domain;

/**
 * Why a note could not be read: a short stable kebab-case code and one sentence an officer can act on.
 */
public record Problem(String code, String message) {
}
