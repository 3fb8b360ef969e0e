package cn.kaohe.web.api.units;

import cn.kaohe.organisation.boundary.ImportReport;
import cn.kaohe.organisation.boundary.NewUnit;
import cn.kaohe.organisation.boundary.OrgUnitService;
import cn.kaohe.organisation.boundary.UnitChange;
import cn.kaohe.organisation.boundary.UnitNode;
import cn.kaohe.organisation.boundary.UnitSummary;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;

/**
 * The assessed units as JSON. A unit reporter sees only their own units ({@code GET /api/units/{code}} of another
 * unit answers 403); creating, changing ({@code PUT} with the {@code version} read: a stale version answers 409) and
 * importing need the assessment office or a system administrator.
 */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {

    @EJB
    private OrgUnitService units;

    @GET
    public List<UnitSummary> list() {
        return units.list();
    }

    /** The organisation tree: top-level units with nested {@code children}. */
    @GET
    @Path("tree")
    public List<UnitNode> tree() {
        return units.tree();
    }

    @GET
    @Path("{code}")
    public UnitSummary get(@PathParam("code") String code) {
        return units.find(code).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUnit request, @Context UriInfo uri) {
        if (request == null) {
            throw new RequestRejectedException(List.of(Violation.of("body", "field.required")));
        }
        UnitSummary created = units.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UnitSummary update(@PathParam("code") String code, @QueryParam("version") Long version,
            UnitChange request) {
        if (request == null || version == null) {
            throw new RequestRejectedException(List.of(Violation.of(version == null ? "version" : "body",
                    "field.required")));
        }
        return units.update(code, version, request);
    }

    /**
     * Imports a units file in the format of {@code demo-units.json}, all or nothing: 200 with the counts, or 400
     * naming every bad row and saving nothing.
     */
    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    public ImportReport importUnits(String json, @QueryParam("parentCode") String parentCode) {
        return units.importUnits(json, parentCode);
    }
}
