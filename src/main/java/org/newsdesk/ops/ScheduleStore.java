package org.newsdesk.ops;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.apache.camel.component.quartz.QuartzComponent;
import org.newsdesk.store.Database;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Quartz keeps its triggers. {@code jdbc} (the default): in the store's database, clustered, so
 * a restart knows the fire times it missed (and fires once for them, see the misfire instruction in
 * routes/publish.camel.yaml) and several instances sharing one database fire each time once.
 * {@code memory}: nothing survives a restart; a missed fire is simply skipped.
 */
public final class ScheduleStore {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleStore.class);

    /** The scheduler name is the key of its rows: every instance sharing the database must use the same. */
    static final String SCHEDULER_NAME = "newsdesk";

    private ScheduleStore() {}

    /** Quartz settings for the JDBC job store over the connection provider registered as {@code dataSourceName}. */
    static Properties jdbcProperties(boolean postgres, String dataSourceName, long misfireThresholdMillis) {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty(
                "org.quartz.jobStore.driverDelegateClass",
                postgres
                        ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
                        : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "5000");
        // a fire later than this counts as missed and follows the trigger's misfire instruction
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(misfireThresholdMillis));
        return p;
    }

    /** Points camel-quartz at the store's database. Call before any quartz endpoint is created. */
    public static void useDatabase(CamelContext context, Database database, long misfireThresholdMillis) {
        // one name per pool: two contexts in one JVM (tests) must not hand each other's connections out
        String name = "newsdesk-store-" + Integer.toHexString(System.identityHashCode(database));
        DBConnectionManager.getInstance()
                .addConnectionProvider(name, new StoreConnectionProvider(database.dataSource()));
        QuartzComponent quartz = context.getComponent("quartz", QuartzComponent.class);
        Map<String, Object> props = new HashMap<>();
        jdbcProperties(database.postgres(), name, misfireThresholdMillis).forEach((k, v) -> props.put((String) k, v));
        quartz.setProperties(props);
        // the scheduler name must be the same in every instance, not prefixed with this context's name
        quartz.setPrefixInstanceName(false);
        context.getManagementStrategy().addEventNotifier(new ScheduleStandby(context));
        LOG.info(
                "Schedules kept in the store ({}), clustered; a fire more than {} ms late counts as missed",
                database.postgres() ? "PostgreSQL" : "H2",
                misfireThresholdMillis);
    }
}
