package dev.recon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal Chrome DevTools Protocol client for tests: starts headless Chromium on loopback, drives one
 * page over a WebSocket, and shuts the browser down. Uses only the JDK's HTTP and WebSocket clients.
 */
final class DevTools implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://127\\.0\\.0\\.1:(\\d+)/\\S+)");

    private final Process browser;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    DevTools(Path profile) throws Exception {
        browser = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--window-size=1400,900",
                "--user-data-dir=" + profile, "about:blank").redirectErrorStream(true).start();
        BufferedReader log = new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8));
        String port = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (String line; port == null && System.nanoTime() < deadline && (line = log.readLine()) != null; ) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                port = m.group(2);
            }
        }
        if (port == null) {
            browser.destroyForcibly();
            throw new IOException("Chromium did not start its DevTools endpoint");
        }
        Thread drain = new Thread(() -> {
            try {
                while (log.readLine() != null) {
                    // keep the pipe from filling up
                }
            } catch (IOException ignored) {
                // the browser has gone
            }
        });
        drain.setDaemon(true);
        drain.start();
        HttpClient http = HttpClient.newHttpClient();
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body());
        String page = null;
        for (JsonNode t : targets) {
            if (t.path("type").asText().equals("page")) {
                page = t.get("webSocketDebuggerUrl").asText();
            }
        }
        if (page == null) {
            throw new IOException("no page target in Chromium");
        }
        socket = http.newWebSocketBuilder().buildAsync(URI.create(page), new WebSocket.Listener() {
            private final StringBuilder buf = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                buf.append(data);
                if (last) {
                    try {
                        JsonNode msg = JSON.readTree(buf.toString());
                        if (msg.has("id")) {
                            CompletableFuture<JsonNode> f = pending.remove(msg.get("id").asInt());
                            if (f != null) {
                                f.complete(msg);
                            }
                        }
                    } catch (IOException e) {
                        pending.values().forEach(f -> f.completeExceptionally(e));
                    }
                    buf.setLength(0);
                }
                ws.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
    }

    /** Sends a command and waits for its result. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode msg = JSON.createObjectNode();
        msg.put("id", id);
        msg.put("method", method);
        msg.set("params", params == null ? JSON.createObjectNode() : params);
        socket.sendText(msg.toString(), true).get(10, TimeUnit.SECONDS);
        JsonNode r = reply.get(30, TimeUnit.SECONDS);
        if (r.has("error")) {
            throw new IOException(method + ": " + r.get("error"));
        }
        return r.get("result");
    }

    void open(Path file) throws Exception {
        call("Page.enable", null);
        ObjectNode p = JSON.createObjectNode();
        p.put("url", file.toUri().toString());
        call("Page.navigate", p);
        for (int i = 0; i < 100 && !"complete".equals(eval("document.readyState").asText()); i++) {
            Thread.sleep(50);
        }
    }

    /** Evaluates a JavaScript expression in the page and returns its value. */
    JsonNode eval(String expression) throws Exception {
        ObjectNode p = JSON.createObjectNode();
        p.put("expression", expression);
        p.put("returnByValue", true);
        JsonNode r = call("Runtime.evaluate", p);
        if (r.has("exceptionDetails")) {
            throw new IOException("script failed: " + r.get("exceptionDetails"));
        }
        return r.get("result").path("value");
    }

    /**
     * Sizes the page as a screen of {@code width} × {@code height} CSS pixels; {@code mobile} makes the
     * page's viewport meta tag count, as a phone's browser does.
     */
    void viewport(int width, int height, boolean mobile) throws Exception {
        ObjectNode p = JSON.createObjectNode();
        p.put("width", width);
        p.put("height", height);
        p.put("deviceScaleFactor", 1);
        p.put("mobile", mobile);
        call("Emulation.setDeviceMetricsOverride", p);
    }

    void screenshot(Path png) throws Exception {
        JsonNode r = call("Page.captureScreenshot", null);
        Files.createDirectories(png.getParent());
        Files.write(png, java.util.Base64.getDecoder().decode(r.get("data").asText()));
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // closing anyway
        }
        browser.destroy();
        try {
            if (!browser.waitFor(10, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        } catch (InterruptedException e) {
            browser.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
