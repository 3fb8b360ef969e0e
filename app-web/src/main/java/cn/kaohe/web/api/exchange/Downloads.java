package cn.kaohe.web.api.exchange;

import cn.kaohe.web.grid.BundleWording;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** File answers of the exchange endpoints: content type and a download name (RFC 6266, UTF-8). */
public final class Downloads {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    private Downloads() {
    }

    public static Response file(byte[] bytes, String type, String name) {
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(bytes, type)
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"; filename*=UTF-8''" + encoded)
                .build();
    }

    /** The wording of the request's first acceptable language (Chinese by default). */
    public static BundleWording wording(HttpHeaders headers) {
        Locale locale = headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0);
        return new BundleWording(locale);
    }
}
