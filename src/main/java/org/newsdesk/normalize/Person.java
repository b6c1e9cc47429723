package org.newsdesk.normalize;

/** Who a speaker header names, before the statement is attached; any part but the name may be null. */
record Person(String name, String honorific, String role, String organization) {}
