package org.newsdesk.normalize;

import java.time.LocalDate;
import java.util.List;

/** The field readings of one note, for the self-checks that weigh a value by how it was found. */
record Readings(
        Reading<String> title,
        Reading<LocalDate> date,
        Reading<String> format,
        Reading<String> location,
        Reading<List<String>> organizers,
        Reading<String> lead) {}
