package cn.kaohe.web.api.categories;

import cn.kaohe.organisation.boundary.CategorySummary;
import cn.kaohe.organisation.boundary.NewCategory;
import cn.kaohe.organisation.boundary.OrgUnitService;
import cn.kaohe.platform.validation.RequestRejectedException;
import cn.kaohe.platform.validation.Violation;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Unit categories/tiers (类别/档次): {@code GET} for every role, {@code POST} and {@code PUT}
 * (rename, with the {@code version} read: stale answers 409) for the office and administrators. */
@Path("unit-categories")
@Produces(MediaType.APPLICATION_JSON)
public class CategoriesResource {

    @EJB
    private OrgUnitService units;

    @GET
    public List<CategorySummary> list() {
        return units.categories();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewCategory request, @Context UriInfo uri) {
        if (request == null) {
            throw new RequestRejectedException(List.of(Violation.of("body", "field.required")));
        }
        CategorySummary created = units.createCategory(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategorySummary rename(@PathParam("code") String code, @QueryParam("version") Long version,
            NewCategory request) {
        if (request == null || version == null) {
            throw new RequestRejectedException(List.of(Violation.of(version == null ? "version" : "body",
                    "field.required")));
        }
        return units.updateCategory(code, version, request);
    }
}
