package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sentence naming the organisers that goes on naming after the last one read holds the item. */
class OrganizerListGoesOnTest {

    @Test
    void aNameCutBeforeForIsCaught() {
        assertThat(OrganizerListGoesOn.goesOnAfter(
                        "Co-hosted by Baltic Farmers for Clean Water and the Marine Station.",
                        List.of("Baltic Farmers")))
                .startsWith("for Clean Water");
    }

    @Test
    void aLastOrganiserAfterAndTheIsCaught() {
        assertThat(OrganizerListGoesOn.goesOnAfter(
                        "Convened by the Cocoa Initiative, the Farmers' Union and the Soil Trust.",
                        List.of("Cocoa Initiative", "Farmers' Union")))
                .startsWith("and the Soil Trust");
        assertThat(OrganizerListGoesOn.goesOnAfter(
                        "Hosted by the Harbour Institute, Blue Coast Foundation and others.",
                        List.of("Harbour Institute")))
                .startsWith(", Blue Coast Foundation");
    }

    @Test
    void aListReadToItsEndIsNotCaught() {
        assertThat(OrganizerListGoesOn.goesOnAfter(
                        "Convened by the Cocoa Initiative, the Farmers' Union and the Soil Trust, the day drew 45 people.",
                        List.of("Cocoa Initiative", "Farmers' Union", "Soil Trust")))
                .isNull();
        assertThat(OrganizerListGoesOn.goesOnAfter(
                        "Hosted by the Harbour Institute, Portville welcomed 90 guests.", List.of("Harbour Institute")))
                .isNull();
        assertThat(OrganizerListGoesOn.goesOnAfter(
                        "Hosted by the Harbour Institute for the second year.", List.of("Harbour Institute")))
                .isNull();
    }
}
