package cn.kaohe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The assessment REST API under test, as a new assessment-office user (考核办) made by the first administrator: JSON in
 * and out, plus the setup steps the scenario tests share.
 */
final class Api {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;
    private final Http admin;
    private final Map<String, String> categories = new HashMap<>();
    private final String login;

    Api(URL deployment) throws Exception {
        this(deployment, List.of("ASSESSMENT_OFFICE"), List.of());
    }

    /** A client signed in as a new user with {@code roles}, acting for {@code units}. */
    Api(URL deployment, List<String> roles, List<String> units) throws Exception {
        this.base = URI.create(Http.withSlash(deployment) + "api/");
        this.admin = Http.admin(deployment);
        this.login = Fixtures.user(admin, roles, units);
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((login + ":" + Fixtures.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The signed-in user's login. */
    String login() {
        return login;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static ObjectNode object() {
        return Http.JSON.createObjectNode();
    }

    static ArrayNode array() {
        return Http.JSON.createArrayNode();
    }

    static JsonNode parse(String json) {
        try {
            return Http.JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    Http.Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), "en");
    }

    Http.Reply post(String path, Object json) throws IOException, InterruptedException {
        return post(path, json, "en");
    }

    Http.Reply post(String path, Object json, String language) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.toString())), language);
    }

    Http.Reply put(String path, Object json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json.toString())), "en");
    }

    Http.Reply upload(String kind, long owner, String fileName, byte[] bytes) throws IOException, InterruptedException {
        String path = "evidence/" + kind + "/" + owner + "?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)), "en");
    }

    Http.Reply replace(long file, long version, String fileName, String reason, byte[] bytes)
            throws IOException, InterruptedException {
        String path = "evidence/files/" + file + "/content?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                + "&version=" + version + "&reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)), "en");
    }

    /** A file answer: status, content type and the bytes. */
    record Download(int status, String contentType, byte[] body) {
    }

    Download download(String path, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET().header("Authorization",
                authorization);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        HttpResponse<byte[]> response = client.send(request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** Posts a file (a workbook) as the request body. */
    Http.Reply postFile(String path, byte[] bytes, String contentType, String language)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)), language);
    }

    private Http.Reply send(HttpRequest.Builder request, String language) throws IOException, InterruptedException {
        if (language != null) {
            request.header("Accept-Language", language);
        }
        request.header("Authorization", authorization);
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(120)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Http.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** Asserts the status and returns the JSON body. */
    static JsonNode expect(int status, Http.Reply reply) throws IOException {
        assertEquals(status, reply.status(), reply.body());
        return reply.body().isEmpty() ? null : reply.json();
    }

    /** A new unit in a category of that name (made once per client). */
    void unit(String code, String name, String categoryName) throws Exception {
        String category = categories.get(categoryName);
        if (category == null) {
            category = Fixtures.category(admin, categoryName);
            categories.put(categoryName, category);
        }
        expect(201, post("units", object().put("code", code).put("name", name).put("category", category)));
    }

    /** Imports a seed template as a new scheme key, with optional population rules. */
    JsonNode importTemplate(String template, String key, JsonNode populationRules) throws Exception {
        ObjectNode body = object().put("key", key).put("name", "测试方案 " + key).put("year", 2026);
        if (populationRules != null) {
            body.set("populationRules", populationRules);
        }
        return expect(201, post("schemes/templates/" + template, body));
    }

    JsonNode period(String code, String schemeKey, int version) throws Exception {
        return expect(201, post("periods", object().put("code", code).put("name", "考核期 " + code).put("year", 2026)
                .put("schemeKey", schemeKey).put("schemeVersion", version)));
    }

    void enrol(String period, String unit, String category) throws Exception {
        expect(200, post("periods/" + period + "/units",
                array().add(object().put("unitCode", unit).put("category", category))));
    }

    static ObjectNode row(String unit, String path, JsonNode value) {
        ObjectNode row = object().put("unitCode", unit).put("path", path);
        row.set("value", value);
        return row;
    }

    JsonNode importRows(String period, ArrayNode rows) throws Exception {
        ObjectNode body = object();
        body.set("rows", rows);
        return expect(200, post("periods/" + period + "/entries/import", body));
    }

    /** Starts a run and waits until it is completed; fails on a failed run or after two minutes. */
    JsonNode runToCompletion(String period, String unit) throws Exception {
        JsonNode started = expect(202, post("periods/" + period + "/runs" + (unit == null ? "" : "?unit=" + unit), ""));
        return awaitRun(started.get("id").asLong());
    }

    JsonNode awaitRun(long id) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = expect(200, get("runs/" + id));
            switch (run.get("status").asText()) {
                case "COMPLETED":
                    return run;
                case "FAILED":
                    fail("run " + id + " failed: " + run);
                    break;
                default:
                    Thread.sleep(250);
            }
        }
        fail("run " + id + " did not complete in two minutes");
        return null;
    }
}
