package cn.kaohe.web.api.problem;

import cn.kaohe.platform.security.AccessRefusedException;
import cn.kaohe.web.i18n.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** A data-level refusal (e.g. a reporter asking for another unit): 403 with the service's reason. */
@Provider
public class DataLevelRefusalMapper implements ExceptionMapper<AccessRefusedException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(AccessRefusedException refused) {
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0);
        return AccessRefusedMapper.problem(403, "urn:kaohe:problem:forbidden",
                Messages.text(locale, refused.key(), refused.args()));
    }
}
