package cn.kaohe.web.api.openapi;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI document generated at build time. Public, like the health check: it describes the interface
 * and holds no data.
 */
@Path("openapi")
public class OpenApiResource {

    static final String JSON = "kaohe-openapi.json";
    static final String YAML = "kaohe-openapi.yaml";

    @GET
    @Produces({MediaType.APPLICATION_JSON, "application/yaml"})
    public Response document(@QueryParam("format") String format) {
        boolean yaml = "yaml".equalsIgnoreCase(format);
        return Response.ok(read(yaml ? YAML : JSON), yaml ? "application/yaml;charset=UTF-8"
                : MediaType.APPLICATION_JSON + ";charset=UTF-8").build();
    }

    private static byte[] read(String name) {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new NotFoundException("the OpenAPI document was not packaged: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
