package org.newsdesk.deliver;

/** Any value bound for a mail header loses CR, LF and other control characters: it can never add a header. */
final class HeaderText {

    private HeaderText() {}

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        return value.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ")
                .replaceAll(" {2,}", " ")
                .strip();
    }
}
