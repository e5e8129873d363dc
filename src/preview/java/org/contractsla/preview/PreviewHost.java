package org.contractsla.preview;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/preview [--port N]}: the app's pages and REST resources on {@code http://localhost:8080} without
 * Jira, over in-memory stores seeded from {@code examples/}. Logs one line with its address; Ctrl-C stops it.
 */
public final class PreviewHost {

    private PreviewHost() {
    }

    public static void main(String[] args) throws Exception {
        int port = 8080;
        for (int i = 0; i < args.length; i++) {
            if (("--port".equals(args[i]) || "-p".equals(args[i])) && i + 1 < args.length) {
                try {
                    port = Integer.parseInt(args[++i]);
                } catch (NumberFormatException e) {
                    port = -1;
                }
            } else {
                port = -1;
            }
            if (port < 0 || port > 65_535) {
                System.err.println("usage: bin/preview [--port N]   (N from 0 to 65535; 0 takes a free port)");
                System.exit(2);
            }
        }
        Path root = Path.of(System.getProperty("preview.root", ".")).toAbsolutePath().normalize();
        PreviewServer server = new PreviewServer(new PreviewApp(root.resolve("examples"), Clock.systemUTC()), root,
                port);
        try {
            server.start();
        } catch (java.io.IOException e) {
            System.err.println("preview: cannot listen on port " + port + " (" + e.getMessage()
                    + "); is another preview running? Try bin/preview --port 0");
            System.exit(1);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.stop();
            } catch (Exception e) {
                System.err.println("preview: stopping failed: " + e);
            }
            stopped.countDown();
        }, "preview-stop"));
        System.out.println("Contract SLA preview on http://localhost:" + server.port() + "/  (Ctrl-C stops it)");
        stopped.await();
    }
}
