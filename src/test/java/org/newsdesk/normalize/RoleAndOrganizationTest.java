package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.normalize.RoleAndOrganization.RoleOrg;

class RoleAndOrganizationTest {

    @Test
    void followsTheNotesCommaAndKeepsTheSubUnitInTheRole() {
        assertThat(RoleAndOrganization.split(
                        "Director of the Department of Climate Change, Ministry of Ecology and Environment"))
                .isEqualTo(new RoleOrg(
                        "Director of the Department of Climate Change", "Ministry of Ecology and Environment"));
    }

    @Test
    void splitsAtTheLastCommaSoATitleWithCommasStaysWhole() {
        assertThat(RoleAndOrganization.split(
                        "Director, Carbon Business Office, Thailand Greenhouse Gas Management Organization (TGO)"))
                .isEqualTo(new RoleOrg(
                        "Director, Carbon Business Office", "Thailand Greenhouse Gas Management Organization (TGO)"));
    }

    @Test
    void aBodysJobWrittenWithThePossessiveIsSplitIntoTheJobAndTheBody() {
        assertThat(RoleAndOrganization.split("Portmarrow City Council’s climate adaptation officer"))
                .isEqualTo(new RoleOrg("climate adaptation officer", "Portmarrow City Council"));
        assertThat(RoleAndOrganization.split("the Harbour Health Trust's chief nurse"))
                .isEqualTo(new RoleOrg("chief nurse", "Harbour Health Trust"));
    }

    @Test
    void aDashWinsOverCommas() {
        assertThat(RoleAndOrganization.split(
                        "Senior Manager, Climate and Energy Project – Natural Resources Defense Council"))
                .isEqualTo(
                        new RoleOrg("Senior Manager, Climate and Energy Project", "Natural Resources Defense Council"));
    }

    @Test
    void putsTheFoundationAfterOfInTheOrganization() {
        assertThat(RoleAndOrganization.split(
                        "Project Director of the China Office of the Children's Investment Fund Foundation"))
                .isEqualTo(
                        new RoleOrg("Project Director of the China Office", "Children's Investment Fund Foundation"));
        assertThat(RoleAndOrganization.split(
                        "Senior Director of Global Climate Change Action of the Environmental Defense Fund"))
                .isEqualTo(
                        new RoleOrg("Senior Director of Global Climate Change Action", "Environmental Defense Fund"));
        assertThat(RoleAndOrganization.split("Senior Project Director of Greenpeace"))
                .isEqualTo(new RoleOrg("Senior Project Director", "Greenpeace"));
    }

    @Test
    void readsAtAsTheOrganization() {
        assertThat(RoleAndOrganization.split("Partnership Expert at the UNICEF Representative Office in China"))
                .isEqualTo(new RoleOrg("Partnership Expert", "UNICEF Representative Office in China"));
    }

    @Test
    void anOrganizationAloneLeavesTheRoleEmptyAndAbbreviationsStay() {
        assertThat(RoleAndOrganization.split("LMEC")).isEqualTo(new RoleOrg(null, "LMEC"));
        assertThat(RoleAndOrganization.split("Secretary General")).isEqualTo(new RoleOrg("Secretary General", null));
    }

    @Test
    void keepsACountryWithItsMinistry() {
        assertThat(RoleAndOrganization.split("Deputy Director, Ministry of Natural Resources and Environment, Lao PDR"))
                .isEqualTo(new RoleOrg("Deputy Director", "Ministry of Natural Resources and Environment, Lao PDR"));
    }
}
