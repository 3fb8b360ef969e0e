package cn.kaohe.web.api.rectification;

import cn.kaohe.rectification.boundary.CalendarYear;
import cn.kaohe.rectification.boundary.Ledger;
import cn.kaohe.rectification.boundary.LedgerFilter;
import cn.kaohe.rectification.boundary.NewNotice;
import cn.kaohe.rectification.boundary.NoticeEvidenceView;
import cn.kaohe.rectification.boundary.NoticeResponse;
import cn.kaohe.rectification.boundary.NoticeVerification;
import cn.kaohe.rectification.boundary.NoticeView;
import cn.kaohe.rectification.boundary.RectificationService;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Rectification notices, the ledger and the working-day calendar under {@code /api/rectification}. */
@Path("rectification")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RectificationResource {

    @EJB
    private RectificationService rectification;

    /** The ledger: {@code ?period=&unit=&status=&overdue=true|false}. */
    @GET
    @Path("notices")
    public Ledger ledger(@QueryParam("period") String period, @QueryParam("unit") String unit,
            @QueryParam("status") String status, @QueryParam("overdue") Boolean overdue) {
        return rectification.ledger(new LedgerFilter(period, unit, status, overdue));
    }

    @POST
    @Path("notices")
    public Response issue(NewNotice request, @Context UriInfo uri) {
        NoticeView created = rectification.issue(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("notices/{id}")
    public NoticeView notice(@PathParam("id") long id) {
        return rectification.notice(id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("notices/{id}/response")
    public NoticeView respond(@PathParam("id") long id, NoticeResponse request) {
        return rectification.respond(id, request);
    }

    /** Raw bytes as the body, {@code ?fileName=…}; the type is sniffed on the server. */
    @POST
    @Path("notices/{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("fileName") String fileName, InputStream body) {
        return Response.status(201).entity(rectification.attachEvidence(id, fileName, body)).build();
    }

    @POST
    @Path("notices/{id}/verification")
    public NoticeView verify(@PathParam("id") long id, NoticeVerification request) {
        return rectification.verify(id, request);
    }

    @GET
    @Path("evidence/{id}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id) {
        NoticeEvidenceView file = rectification.evidenceFile(id).orElseThrow(NotFoundException::new);
        java.nio.file.Path path = rectification.evidenceContent(id).orElseThrow(NotFoundException::new);
        String encoded = java.net.URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(path.toFile(), file.contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded).build();
    }

    @GET
    @Path("calendar/{year}")
    public CalendarYear calendar(@PathParam("year") int year) {
        return rectification.calendar(year);
    }

    @PUT
    @Path("calendar/{year}")
    public CalendarYear replaceCalendar(@PathParam("year") int year, CalendarYear request) {
        return rectification.replaceCalendar(year, request);
    }
}
