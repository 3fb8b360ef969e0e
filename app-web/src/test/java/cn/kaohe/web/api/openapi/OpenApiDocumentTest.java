package cn.kaohe.web.api.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated OpenAPI document describes every resource method of the API: the expected operations are found by
 * reflection over the compiled resources, so a new endpoint that the generator missed fails this test.
 */
class OpenApiDocumentTest {

    private static final java.nio.file.Path CLASSES = java.nio.file.Path.of("target/classes");

    private static JsonNode document() throws IOException {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.JSON)) {
            assertTrue(in != null, "the build must generate " + OpenApiResource.JSON + " next to OpenApiResource");
            return new ObjectMapper().readTree(in);
        }
    }

    private static List<Class<?>> resources() throws IOException, ClassNotFoundException {
        List<Class<?>> found = new ArrayList<>();
        java.nio.file.Path root = CLASSES.resolve("cn/kaohe/web/api");
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** "/a/{id: [0-9]+}/b/" → "/a/{id}/b", as OpenAPI writes a path template. */
    static String template(String classPath, String methodPath) {
        String joined = "/" + classPath + (methodPath == null ? "" : "/" + methodPath);
        String path = joined.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    @Test
    void describesEveryResourceMethodOfTheApi() throws Exception {
        JsonNode paths = document().path("paths");
        int operations = 0;
        for (Class<?> resource : resources()) {
            String classPath = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb == null || !Modifier.isPublic(method.getModifiers())) {
                    continue;
                }
                Path sub = method.getAnnotation(Path.class);
                String path = template(classPath, sub == null ? null : sub.value());
                JsonNode operation = paths.path(path).path(verb.toLowerCase(Locale.ROOT));
                assertTrue(operation.isObject(), () -> "the OpenAPI document lacks " + verb + " " + path + " ("
                        + resource.getSimpleName() + "." + method.getName() + ")");
                operations++;
            }
        }
        assertTrue(operations >= 20, "found only " + operations + " operations: is the scan of the resources broken?");
    }

    @Test
    void declaresBasicAuthenticationAndTheApiBase() throws IOException {
        JsonNode doc = document();
        assertEquals("basic", doc.path("components").path("securitySchemes").path("basic").path("scheme").asText());
        assertEquals("/kaohe/api", doc.path("servers").path(0).path("url").asText());
        assertTrue(doc.path("info").path("title").asText().contains("Kaohe"));
    }

    @Test
    void writesPathTemplatesAsOpenApiDoes() {
        assertEquals("/periods/{code}/entries", template("periods", "{code}/entries"));
        assertEquals("/units/{code}", template("units/", "/{code: [A-Za-z0-9-]+}"));
        assertEquals("/health", template("health", null));
    }
}
