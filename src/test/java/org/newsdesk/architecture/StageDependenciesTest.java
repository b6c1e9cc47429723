package org.newsdesk.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's stages as the code must keep them. Data flows one way,
 *
 * <pre>
 *   intake → read → normalize → store ← assemble → render → deliver
 * </pre>
 *
 * and a stage knows only what comes before it: the shapes of what it is handed (normalize reads
 * read's notes, assemble reads the store, deliver sends what render made). No stage knows a later one,
 * so a change downstream can never break intake. {@code domain} (the records that cross stages) is
 * known by all and knows none; {@code shared} (progress, digests, safe names, JSON) and
 * {@code config} (settings, publication profiles) sit just above it. {@code ops}, {@code desk} (the
 * editors' web pages), {@code readers} (the public pages), {@code app} and {@code cli} are on top: they wire and drive the stages, and no
 * stage knows them.
 */
class StageDependenciesTest {

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.newsdesk");
    }

    /** The rule itself, public to the package so its own test can show it catches a forbidden import. */
    static LayeredArchitecture stages() {
        return layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("domain")
                .definedBy("org.newsdesk.domain..")
                .layer("shared")
                .definedBy("org.newsdesk.shared..")
                .layer("config")
                .definedBy("org.newsdesk.config..")
                .layer("intake")
                .definedBy("org.newsdesk.intake..")
                .layer("read")
                .definedBy("org.newsdesk.read..")
                .layer("normalize")
                .definedBy("org.newsdesk.normalize..")
                .layer("store")
                .definedBy("org.newsdesk.store..")
                .layer("assemble")
                .definedBy("org.newsdesk.assemble..")
                .layer("render")
                .definedBy("org.newsdesk.render..")
                .layer("deliver")
                .definedBy("org.newsdesk.deliver..")
                .layer("ops")
                .definedBy("org.newsdesk.ops..")
                .layer("desk")
                .definedBy("org.newsdesk.desk..")
                .layer("readers")
                .definedBy("org.newsdesk.readers..")
                .layer("app")
                .definedBy("org.newsdesk.app..")
                .layer("cli")
                .definedBy("org.newsdesk.cli..")
                .whereLayer("domain")
                .mayNotAccessAnyLayer()
                .whereLayer("shared")
                .mayOnlyAccessLayers("domain")
                .whereLayer("config")
                .mayOnlyAccessLayers("domain", "shared")
                .whereLayer("intake")
                .mayOnlyAccessLayers("domain", "shared", "config")
                .whereLayer("read")
                .mayOnlyAccessLayers("domain", "shared", "config", "intake")
                .whereLayer("normalize")
                .mayOnlyAccessLayers("domain", "shared", "config", "intake", "read")
                .whereLayer("store")
                .mayOnlyAccessLayers("domain", "shared", "config", "intake", "read", "normalize")
                .whereLayer("assemble")
                .mayOnlyAccessLayers("domain", "shared", "config", "store")
                .whereLayer("render")
                .mayOnlyAccessLayers("domain", "shared", "config", "store", "assemble")
                .whereLayer("deliver")
                .mayOnlyAccessLayers("domain", "shared", "config", "store", "assemble", "render")
                .whereLayer("ops")
                .mayOnlyAccessLayers(
                        "domain",
                        "shared",
                        "config",
                        "intake",
                        "read",
                        "normalize",
                        "store",
                        "assemble",
                        "render",
                        "deliver")
                .whereLayer("ops")
                .mayOnlyBeAccessedByLayers("desk", "readers", "app", "cli")
                .whereLayer("desk")
                .mayOnlyAccessLayers(
                        "domain", "shared", "config", "read", "store", "assemble", "render", "deliver", "ops")
                .whereLayer("desk")
                .mayOnlyBeAccessedByLayers("app", "cli")
                .whereLayer("readers")
                .mayOnlyAccessLayers("domain", "shared", "config", "store", "assemble", "render", "deliver", "ops")
                .whereLayer("readers")
                .mayOnlyBeAccessedByLayers("app", "cli")
                .whereLayer("app")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer();
    }

    @Test
    void eachStageKnowsOnlyTheStagesBeforeIt() {
        stages().check(main);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        ArchRule rule = slices().matching("org.newsdesk.(*)..").should().beFreeOfCycles();
        rule.check(main);
    }
}
