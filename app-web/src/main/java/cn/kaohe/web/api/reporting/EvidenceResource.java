package cn.kaohe.web.api.reporting;

import cn.kaohe.reporting.boundary.EvidenceService;
import cn.kaohe.reporting.boundary.EvidenceView;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Evidence files: {@code POST /api/evidence/{entry|adjustment|veto}/{id}?fileName=…} with the raw bytes as the body;
 * the content type is sniffed on the server, never taken from the request.
 */
@Path("evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource {

    @EJB
    private EvidenceService evidence;

    @POST
    @Path("{kind}/{owner}")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("kind") String kind, @PathParam("owner") long owner,
            @QueryParam("fileName") String fileName, InputStream body) {
        EvidenceView stored = evidence.attach(kind, owner, fileName, body);
        return Response.status(201).entity(stored).build();
    }

    @GET
    @Path("{kind}/{owner}")
    public List<EvidenceView> list(@PathParam("kind") String kind, @PathParam("owner") long owner) {
        return evidence.list(kind, owner);
    }

    @GET
    @Path("files/{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id) {
        EvidenceView file = evidence.find(id).orElseThrow(NotFoundException::new);
        java.nio.file.Path path = evidence.content(id).orElseThrow(NotFoundException::new);
        String encoded = java.net.URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(path.toFile(), file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded).build();
    }
}
