package org.newsdesk.normalize;

/** One decision about the event: its title, date, format, place, organizers or lead. */
interface FieldRule<T> {

    Reading<T> read(NoteContext note);
}
