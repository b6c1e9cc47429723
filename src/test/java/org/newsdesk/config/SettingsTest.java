package org.newsdesk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** Folder settings resolve to the same place the routes' file endpoints read. */
class SettingsTest {

    private static Settings with(String... keysAndValues) {
        DefaultCamelContext context = new DefaultCamelContext();
        Properties p = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        context.getPropertiesComponent().setInitialProperties(p);
        return new Settings(context);
    }

    @Test
    void aFolderBuiltFromARelativeWorkFolderIsNotNestedInIt() {
        Settings settings = with("newsdesk.work-dir", "target/work", "newsdesk.inbox-dir", "target/work/inbox");
        assertThat(settings.folder("newsdesk.inbox-dir", "inbox"))
                .isEqualTo(Path.of("target/work/inbox").toAbsolutePath().normalize());
    }

    @Test
    void aBareRelativeFolderIsUnderTheWorkFolder() {
        Settings settings = with("newsdesk.work-dir", "/srv/newsdesk", "newsdesk.inbox-dir", "inbox");
        assertThat(settings.folder("newsdesk.inbox-dir", "inbox")).isEqualTo(Path.of("/srv/newsdesk/inbox"));
    }

    @Test
    void anAbsoluteFolderStaysWhereItIs() {
        Settings settings = with("newsdesk.work-dir", "target/work", "newsdesk.inbox-dir", "/var/mail/notes");
        assertThat(settings.folder("newsdesk.inbox-dir", "inbox")).isEqualTo(Path.of("/var/mail/notes"));
    }
}
