package org.newsdesk.normalize;

import java.util.List;
import org.newsdesk.domain.Item;
import org.newsdesk.domain.Warning;

/**
 * A self-check run on a finished item before it may go out: it looks for a sign that a value is wrong
 * and says what, where and why. A warning holds the item for an editor.
 */
interface ItemCheck {

    List<Warning> check(Item item, NoteContext note, Readings readings);
}
