package org.newsdesk.app;

import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.newsdesk.config.PublicationProfiles;
import org.newsdesk.domain.Publication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Once the routes are loaded, creates one {@code publish-on-schedule} route (routes/publish.camel.yaml)
 * per publication profile that has a schedule, with the profile's cron and time zone.
 */
final class PublicationSchedules implements StartupListener {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationSchedules.class);

    private final PublicationProfiles profiles;

    PublicationSchedules(PublicationProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // the routes are started once the context is; adding them here keeps startup ordering simple
    }

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        org.apache.camel.model.Model model =
                context.getCamelContextExtension().getContextPlugin(org.apache.camel.model.Model.class);
        if (model.getRouteTemplateDefinition("publish-on-schedule") == null) {
            LOG.warn(
                    "routes/publish.camel.yaml has no route template 'publish-on-schedule': no publication is scheduled");
            return;
        }
        for (Publication p : profiles.all()) {
            if (p.schedule() == null) {
                continue;
            }
            String routeId = "publish-schedule-" + p.id();
            if (context.getRoute(routeId) != null) {
                continue;
            }
            TemplatedRouteBuilder.builder(context, "publish-on-schedule")
                    .routeId(routeId)
                    .parameter("publication", p.id())
                    .parameter("cron", p.schedule())
                    .parameter("timeZone", p.timeZone())
                    .add();
            LOG.info("Publication {} scheduled: cron \"{}\" in {}", p.id(), p.schedule(), p.timeZone());
        }
    }
}
