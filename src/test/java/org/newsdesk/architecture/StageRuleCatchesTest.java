package org.newsdesk.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/** The stage rule fails on a backward import: a stage that knew a later one would be caught. */
class StageRuleCatchesTest {

    @Test
    void anIntakeClassThatUsesDeliveryBreaksTheRule() {
        var classes = new ClassFileImporter()
                .importClasses(
                        org.newsdesk.intake.architecturefixture.KnowsDelivery.class,
                        org.newsdesk.deliver.DeliveryService.class);
        assertThatThrownBy(() -> StageDependenciesTest.stages().check(classes))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.newsdesk.intake.architecturefixture.KnowsDelivery")
                .hasMessageContaining("org.newsdesk.deliver.DeliveryService");
    }
}
