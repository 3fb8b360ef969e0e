package cn.kaohe.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small JSON client for the REST API under test, anonymous or signed in with HTTP Basic. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The first administrator the test server creates (arquillian.xml: kaohe.admin.login/password). */
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "Kaohe-IT-admin-2026";

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String authorization;

    private Http(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** Anonymous. */
    Http(URL deployment) {
        this(URI.create(withSlash(deployment)), null);
    }

    /** The first administrator. */
    static Http admin(URL deployment) {
        return new Http(deployment).as(ADMIN, ADMIN_PASSWORD);
    }

    /** The same client signed in as {@code login}. */
    Http as(String login, String password) {
        String token = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Http(base, "Basic " + token);
    }

    /** The deployment URL with exactly one trailing slash, so relative paths resolve below it. */
    static String withSlash(URL deployment) {
        String url = deployment.toString();
        return url.endsWith("/") ? url : url + "/";
    }

    Reply get(String path, String language) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), language);
    }

    Reply get(String path) throws IOException, InterruptedException {
        return get(path, null);
    }

    Reply post(String path, String json, String language) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), language);
    }

    Reply post(String path, String json) throws IOException, InterruptedException {
        return post(path, json, null);
    }

    Reply put(String path, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), null);
    }

    /** Posts a file (a workbook) as the request body. */
    Reply postFile(String path, byte[] bytes, String contentType) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)), null);
    }

    private Reply send(HttpRequest.Builder request, String language) throws IOException, InterruptedException {
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = client.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    record Reply(int status, String contentType, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }
}
