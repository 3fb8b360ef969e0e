package cn.kaohe.scheme.boundary;

import cn.kaohe.scheme.entity.SchemeVersion;
import java.time.LocalDateTime;

/** A scheme version's metadata. {@code lockVersion} is the optimistic-lock version an edit must send back. */
public record SchemeSummary(long id, String key, int versionNo, String name, int year, String sourceTemplate,
        String schemeId, String contentSha256, boolean frozen, String uploadedBy, LocalDateTime uploadedAt,
        long lockVersion) {

    static SchemeSummary of(SchemeVersion s) {
        return new SchemeSummary(s.getId(), s.getSchemeKey(), s.getVersionNo(), s.getName(), s.getYear(),
                s.getSourceTemplate(), s.getSchemeId(), s.getContentSha256(), s.isFrozen(), s.getUploadedBy(),
                s.getUploadedAt(), s.getVersion());
    }
}
