package cn.kaohe.web.admin;

import cn.kaohe.people.boundary.UserService;
import cn.kaohe.people.boundary.UserSummary;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code /home.xhtml}, the landing page after sign-in: greets the user and shows what each role does. */
@Named
@RequestScoped
public class HomeView {

    @EJB
    private UserService users;

    private UserSummary me;

    @PostConstruct
    void load() {
        me = users.me().orElse(null);
    }

    /** The display name, or the login if the user record is gone. */
    public String getName() {
        return me == null ? FacesFeedback.text("admin.home.unknownUser") : me.displayName();
    }

    /** Codes of the units the user acts for. */
    public List<String> getUnits() {
        return me == null ? List.of() : me.unitCodes();
    }
}
