package cn.kaohe.people.boundary;

import java.util.List;

/**
 * A request to create a user, or (with {@code password} null) to change one; checked by {@link UserService}.
 *
 * @param login       unique login name
 * @param displayName the person's name
 * @param password    the initial password (at least 10 characters); never stored, only its hash
 * @param roles       role names of {@link cn.kaohe.platform.security.Roles}
 * @param unitCodes   the units the user may act for
 * @param enabled     whether the user may sign in; {@code null}: enabled on create, unchanged on update
 */
public record NewUser(String login, String displayName, String password, List<String> roles,
        List<String> unitCodes, Boolean enabled) {
}
