package cn.kaohe.web.api.units;

import cn.kaohe.organisation.boundary.NewUnit;
import cn.kaohe.organisation.boundary.OrgUnitService;
import cn.kaohe.organisation.boundary.UnitSummary;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;

/** The assessed units as JSON. */
@Path("units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitsResource {

    @EJB
    private OrgUnitService units;

    @GET
    public List<UnitSummary> list() {
        return units.list();
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
}
