package org.contractsla.preview;

import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.contractsla.i18n.Messages;

/**
 * Renders the app's Velocity templates as Jira does, and the host's own pages around them: Velocity 1.7 (whose
 * syntax Jira's Velocity reads), templates from the class path, every value HTML-escaped unless its reference ends
 * in {@code Html} (Jira's convention for markup that was built safely), and {@code $i18n} reading the app's bundles
 * in the viewer's language.
 */
public final class Views {

    private final VelocityEngine engine = new VelocityEngine();

    Views() {
        engine.setProperty("resource.loader", "class");
        engine.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        engine.setProperty("class.resource.loader.cache", "true");
        engine.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        engine.setProperty("runtime.references.strict", "false");
        engine.setProperty("input.encoding", "UTF-8");
        engine.setProperty("output.encoding", "UTF-8");
        engine.init();
    }

    /**
     * @param template a class-path location, such as {@code templates/issue-panel.vm}
     * @param values   what the template reads; {@code i18n} and {@code host} are added
     * @param locale   the viewer's language
     * @return the page or fragment
     */
    String render(String template, Map<String, Object> values, Locale locale) {
        VelocityContext context = new VelocityContext();
        values.forEach(context::put);
        context.put("i18n", new I18n(new Messages(locale)));
        context.put("host", new HostTexts(locale));
        EventCartridge escaping = new EventCartridge();
        escaping.addEventHandler((ReferenceInsertionEventHandler) (reference, value) -> value == null
                || reference.replace("}", "").endsWith("Html") ? value : escape(String.valueOf(value)));
        escaping.attachToContext(context);
        Template t = engine.getTemplate(template, "UTF-8");
        StringWriter out = new StringWriter();
        t.merge(context, out);
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** {@code $i18n} as Jira's templates call it: {@code getText(key, args...)}. */
    public static final class I18n {
        private final Messages messages;

        I18n(Messages messages) {
            this.messages = messages;
        }

        public String getText(String key) {
            return messages.text(key);
        }

        public String getText(String key, Object a) {
            return messages.text(key, a);
        }

        public String getText(String key, Object a, Object b) {
            return messages.text(key, a, b);
        }

        public String getText(String key, Object a, Object b, Object c) {
            return messages.text(key, a, b, c);
        }
    }

    /** {@code $host}: the preview host's own texts (preview/host.properties), which never reach Jira. */
    public static final class HostTexts {
        private final ResourceBundle bundle;

        HostTexts(Locale locale) {
            this.bundle = ResourceBundle.getBundle("preview.host", locale, HostTexts.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        public String text(String key) {
            return format(key);
        }

        public String text(String key, Object a) {
            return format(key, a);
        }

        public String text(String key, Object a, Object b) {
            return format(key, a, b);
        }

        private String format(String key, Object... args) {
            try {
                return new java.text.MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
            } catch (MissingResourceException e) {
                throw new IllegalArgumentException("no host text " + key, e);
            }
        }
    }
}
