package cn.kaohe.web.api.reporting;

import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.reporting.boundary.EvidenceService;
import cn.kaohe.reporting.boundary.EvidenceView;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

    /** The files that count as evidence; {@code ?withdrawn=true} adds the withdrawn ones (the history). */
    @GET
    @Path("{kind}/{owner}")
    public List<EvidenceView> list(@PathParam("kind") String kind, @PathParam("owner") long owner,
            @QueryParam("withdrawn") boolean withdrawn) {
        return evidence.list(kind, owner, withdrawn);
    }

    /** Withdraws a file: {@code {"version": n, "reason": "…"}}; the record and the bytes are kept. */
    @POST
    @Path("files/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public EvidenceView withdraw(@PathParam("id") long id, Withdrawal request) {
        if (request == null || request.version() == null) {
            throw new RequestRejectedException(List.of(Violation.of(request == null ? "body" : "version",
                    "field.required")));
        }
        return evidence.withdraw(id, request.version(), request.reason());
    }

    /**
     * Replaces a file with the raw bytes of the body ({@code ?fileName=…&version=n&reason=…}): 201 with the new
     * file, which names the old one in {@code replaces}; the old one is withdrawn with the reason.
     */
    @PUT
    @Path("files/{id}/content")
    @Consumes(MediaType.WILDCARD)
    public Response replace(@PathParam("id") long id, @QueryParam("fileName") String fileName,
            @QueryParam("version") Long version, @QueryParam("reason") String reason, InputStream body) {
        if (version == null) {
            throw new RequestRejectedException(List.of(Violation.of("version", "field.required")));
        }
        return Response.status(201).entity(evidence.replace(id, version, fileName, body, reason)).build();
    }

    /** The body of a withdrawal. */
    public record Withdrawal(Long version, String reason) {
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
