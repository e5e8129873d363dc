package org.contractsla.preview;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The app's web resources as its descriptor declares them ({@code atlassian-plugin.xml}), so that the preview
 * serves the files Jira would, under the paths Jira uses: {@code /download/resources/<plugin>:<key>/<name>}.
 */
final class WebResources {

    /** web-resource key → (download name → class-path location), in the descriptor's order */
    private static final Map<String, Map<String, String>> DECLARED = read();

    private WebResources() {
    }

    private static Map<String, Map<String, String>> read() {
        Map<String, Map<String, String>> declared = new LinkedHashMap<>();
        try (InputStream in = WebResources.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList modules = factory.newDocumentBuilder().parse(in).getElementsByTagName("web-resource");
            for (int i = 0; i < modules.getLength(); i++) {
                Element module = (Element) modules.item(i);
                Map<String, String> files = new LinkedHashMap<>();
                NodeList resources = module.getElementsByTagName("resource");
                for (int r = 0; r < resources.getLength(); r++) {
                    Element resource = (Element) resources.item(r);
                    if ("download".equals(resource.getAttribute("type"))) {
                        files.put(resource.getAttribute("name"), resource.getAttribute("location"));
                    }
                }
                declared.put(module.getAttribute("key"), files);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the plugin descriptor", e);
        }
        return declared;
    }

    /** @return the class-path location of that file of that web resource, or null if it declares none */
    static String location(String key, String name) {
        return DECLARED.getOrDefault(key, Map.of()).get(name);
    }

    /** @return the download paths of the web resource's files, as a page includes them */
    static List<String> urls(String key) {
        List<String> urls = new ArrayList<>();
        for (String name : DECLARED.getOrDefault(key, Map.of()).keySet()) {
            urls.add("/download/resources/" + PreviewServer.PLUGIN_KEY + ":" + key + "/" + name);
        }
        return urls;
    }
}
