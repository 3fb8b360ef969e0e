package cn.kaohe.web.api.schemes;

import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import cn.kaohe.scheme.boundary.SchemeDetail;
import cn.kaohe.scheme.boundary.SchemeService;
import cn.kaohe.scheme.boundary.SchemeSummary;
import cn.kaohe.scheme.boundary.SchemeUpload;
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
import java.util.List;

/** Versioned scheme files (docs/api.md#schemes). */
@Path("schemes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SchemesResource {

    @EJB
    private SchemeService schemes;

    @GET
    public List<SchemeSummary> list() {
        return schemes.list();
    }

    @POST
    public Response upload(SchemeUpload upload, @Context UriInfo uri) {
        return created(schemes.upload(required(upload)), uri);
    }

    @POST
    @Path("templates/{template}")
    public Response importTemplate(@PathParam("template") String template, SchemeUpload upload, @Context UriInfo uri) {
        return created(schemes.importTemplate(template, required(upload)), uri);
    }

    @GET
    @Path("{key}/versions")
    public List<SchemeSummary> versions(@PathParam("key") String key) {
        return schemes.versions(key);
    }

    @GET
    @Path("{key}/versions/{no}")
    public SchemeDetail version(@PathParam("key") String key, @PathParam("no") int no) {
        return schemes.find(key, no).orElseThrow(NotFoundException::new);
    }

    /** Saves an edited file as the next version; 409 when {@code basedOn} is no longer the latest version. */
    @POST
    @Path("{key}/versions")
    public Response saveNewVersion(@PathParam("key") String key, @QueryParam("basedOn") Integer basedOn,
            SchemeUpload upload, @Context UriInfo uri) {
        if (basedOn == null) {
            throw new RequestRejectedException(List.of(Violation.of("basedOn", "field.required")));
        }
        return created(schemes.saveNewVersion(key, basedOn, required(upload)), uri);
    }

    @PUT
    @Path("{key}/versions/{no}")
    public SchemeSummary update(@PathParam("key") String key, @PathParam("no") int no, SchemeUpload upload) {
        return schemes.update(key, no, required(upload));
    }

    private static Response created(SchemeSummary s, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("schemes").path(s.key()).path("versions")
                .path(String.valueOf(s.versionNo())).build()).entity(s).build();
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new RequestRejectedException(List.of(Violation.of("body", "field.required")));
        }
        return body;
    }
}
