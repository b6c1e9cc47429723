package org.newsdesk.intake.architecturefixture;

import org.newsdesk.deliver.DeliveryService;

/** A deliberately wrong intake class (test only): intake may not know delivery. */
public class KnowsDelivery {

    public Class<?> wrong() {
        return DeliveryService.class;
    }
}
