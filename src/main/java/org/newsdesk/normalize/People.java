package org.newsdesk.normalize;

/** Builds a {@link Person} from the name and the "role, organization" text a header gives. */
final class People {

    private People() {}

    static Person of(String rawName, String roleAndOrganization) {
        RoleAndOrganization.RoleOrg split = roleAndOrganization == null
                ? new RoleAndOrganization.RoleOrg(null, null)
                : RoleAndOrganization.split(roleAndOrganization);
        return of(rawName, split.role(), split.organization());
    }

    static Person of(String rawName, String role, String organization) {
        HonorificRule.Split name = HonorificRule.split(RoleAndOrganization.tidy(rawName));
        return new Person(
                NameCase.normalise(name.rest()), name.honorific(), blankToNull(role), blankToNull(organization));
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = RoleAndOrganization.tidy(s);
        return t.isEmpty() ? null : t;
    }
}
