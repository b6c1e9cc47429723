package org.newsdesk.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsdesk.normalize.RoleAndOrganization.RoleOrg;

class OrganizationAfterOfTheTest {

    @Test
    void theCityAfterOfTheIsTheOrganisation() {
        assertThat(OrganizationAfterOfThe.split("Water Resilience Officer of the City of Santa Cruz de la Sierra"))
                .contains(new RoleOrg("Water Resilience Officer", "City of Santa Cruz de la Sierra"));
    }

    @Test
    void aDepartmentWithANationalityBeforeItIsTheOrganisation() {
        assertThat(OrganizationAfterOfThe.split("Deputy Director-General of the Lao Department of Water Resources"))
                .contains(new RoleOrg("Deputy Director-General", "Lao Department of Water Resources"));
    }

    @Test
    void aSubUnitBeforeTheBodyStaysInTheRole() {
        assertThat(OrganizationAfterOfThe.split("Head of the Drainage Section of the City of Turku"))
                .contains(new RoleOrg("Head of the Drainage Section", "City of Turku"));
        assertThat(OrganizationAfterOfThe.split(
                        "Director of the Department of Climate Change of the Ministry of Ecology and Environment"))
                .contains(new RoleOrg(
                        "Director of the Department of Climate Change", "Ministry of Ecology and Environment"));
    }

    @Test
    void aUniversityNamedAfterAPlaceIsOneOrganisation() {
        assertThat(OrganizationAfterOfThe.split("Lecturer of the National University of the Philippines"))
                .contains(new RoleOrg("Lecturer", "National University of the Philippines"));
    }

    @Test
    void aPortfolioWithoutOfTheStaysARole() {
        assertThat(OrganizationAfterOfThe.split("Minister of Foreign Affairs")).isEmpty();
        assertThat(OrganizationAfterOfThe.split("Director of Water Resources")).isEmpty();
    }

    @Test
    void noBodyIsReadWhereTheWordsDoNotNameOne() {
        assertThat(OrganizationAfterOfThe.split("Mayor of the City")).isEmpty();
        assertThat(OrganizationAfterOfThe.split("Officer of the City responsible for drainage"))
                .isEmpty();
        assertThat(OrganizationAfterOfThe.split("Minister of the Environment of Costa Rica"))
                .isEmpty();
        assertThat(OrganizationAfterOfThe.split("Member of the City Council Deputy Chair"))
                .isEmpty();
    }

    @Test
    void theSplitIsTheOneRoleAndOrganizationMakes() {
        assertThat(RoleAndOrganization.split("Water Resilience Officer of the City of Santa Cruz de la Sierra"))
                .isEqualTo(new RoleOrg("Water Resilience Officer", "City of Santa Cruz de la Sierra"));
        assertThat(RoleAndOrganization.split("Climate Adviser of the City of Rotterdam"))
                .isEqualTo(new RoleOrg("Climate Adviser", "City of Rotterdam"));
        assertThat(RoleAndOrganization.split(
                        "Project Director of the China Office of the Children's Investment Fund Foundation"))
                .isEqualTo(
                        new RoleOrg("Project Director of the China Office", "Children's Investment Fund Foundation"));
    }
}
