package org.contractsla.jira.web;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.timezone.TimeZoneManager;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.TimeZone;

/** The language and time zone of the user a page, a panel or a field is shown to. */
public final class Viewer {

    private Viewer() {
    }

    /** @return the viewer's language; English for an anonymous viewer or one Jira knows none for */
    public static Locale locale(JiraAuthenticationContext authentication) {
        Locale locale = authentication.getLocale();
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** @return the viewer's time zone; UTC if Jira knows none */
    public static ZoneId zone(TimeZoneManager zones) {
        TimeZone zone = zones.getLoggedInUserTimeZone();
        return zone == null ? ZoneOffset.UTC : zone.toZoneId();
    }
}
