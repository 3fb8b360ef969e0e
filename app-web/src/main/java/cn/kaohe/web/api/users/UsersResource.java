package cn.kaohe.web.api.users;

import cn.kaohe.people.boundary.NewUser;
import cn.kaohe.people.boundary.UserService;
import cn.kaohe.people.boundary.UserSummary;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Users, roles and units: system administrators only; {@code GET /api/users/me} for every signed-in user.
 * {@code PUT} needs the {@code version} the client read (optimistic locking: a stale version answers 409).
 */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    @EJB
    private UserService users;

    @GET
    public List<UserSummary> list() {
        return users.list();
    }

    @GET
    @Path("me")
    public UserSummary me() {
        return users.me().orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{login}")
    public UserSummary get(@PathParam("login") String login) {
        return users.find(login).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser request, @Context UriInfo uri) {
        if (request == null) {
            throw new RequestRejectedException(List.of(Violation.of("body", "field.required")));
        }
        UserSummary created = users.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.login()).build()).entity(created).build();
    }

    @PUT
    @Path("{login}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserSummary update(@PathParam("login") String login, @QueryParam("version") Long version,
            NewUser request) {
        if (request == null || version == null) {
            throw new RequestRejectedException(List.of(Violation.of(version == null ? "version" : "body",
                    "field.required")));
        }
        return users.update(login, version, request);
    }

    @POST
    @Path("{login}/unlock")
    public UserSummary unlock(@PathParam("login") String login) {
        return users.unlock(login);
    }
}
