package cn.kaohe.people.boundary;

import cn.kaohe.organisation.entity.OrgUnit;
import cn.kaohe.people.entity.AppUser;
import java.util.List;

/** A user as the web layer sees it; never carries the password hash. {@code lockedUntil} is UTC or null. */
public record UserSummary(long id, String login, String displayName, boolean enabled, List<String> roles,
        List<String> unitCodes, String lockedUntil, long version) {

    static UserSummary of(AppUser user) {
        return new UserSummary(user.getId(), user.getLogin(), user.getDisplayName(), user.isEnabled(),
                List.copyOf(user.getRoles()), user.getUnits().stream().map(OrgUnit::getCode).sorted().toList(),
                user.getLockedUntil() == null ? null : user.getLockedUntil().toString(), user.getVersion());
    }
}
