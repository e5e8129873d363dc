package org.contractsla.i18n;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves message keys from {@code i18n/contract-sla*.properties} for one locale. An argument that is
 * itself a message key (such as {@code environment.test}) is resolved too; dates and weekdays are written the
 * locale's way, durations as the configuration format writes them. Plurals are the patterns' business
 * ({@code {0,choice,...}}).
 */
public final class Messages {

    private final ResourceBundle bundle;
    private final Locale locale;

    /** @param locale the reader's locale; German for {@code de}, English otherwise */
    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n/contract-sla", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** @return the text of the key with its arguments, or the key itself if there is no such text */
    public String text(String key, List<Object> args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key + args;
        }
        Object[] resolved = new Object[args.size()];
        for (int i = 0; i < resolved.length; i++) {
            Object a = args.get(i);
            if (a instanceof LocalDate) {
                resolved[i] = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format((LocalDate) a);
            } else if (a instanceof DayOfWeek) {
                resolved[i] = ((DayOfWeek) a).getDisplayName(TextStyle.FULL, locale);
            } else if (a instanceof Duration) {
                resolved[i] = duration((Duration) a);
            } else {
                resolved[i] = a instanceof String && bundle.containsKey((String) a) ? bundle.getString((String) a) : a;
            }
        }
        return new MessageFormat(pattern, locale).format(resolved);
    }

    /** A duration as the configuration format writes it: {@code 4h}, {@code 1h30m}, {@code 45m}, else ISO-8601. */
    private static String duration(Duration d) {
        if (d.isNegative() || d.toSecondsPart() != 0 || d.toNanosPart() != 0) {
            return d.toString();
        }
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        return hours == 0 ? minutes + "m" : minutes == 0 ? hours + "h" : hours + "h" + minutes + "m";
    }

    /** @return whether there is a text for the key in this language */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** @return the text of the key with its arguments */
    public String text(String key, Object... args) {
        return text(key, List.of(args));
    }
}
