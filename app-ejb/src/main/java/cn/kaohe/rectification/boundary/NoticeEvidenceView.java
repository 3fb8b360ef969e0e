package cn.kaohe.rectification.boundary;

import cn.kaohe.rectification.entity.RectificationEvidence;
import java.time.LocalDateTime;

/** An evidence file of a response. */
public record NoticeEvidenceView(long id, long noticeId, String fileName, String contentType, long size,
        String sha256, String uploadedBy, LocalDateTime uploadedAt) {

    static NoticeEvidenceView of(RectificationEvidence e) {
        return new NoticeEvidenceView(e.getId(), e.getNotice().getId(), e.getFileName(), e.getContentType(),
                e.getSizeBytes(), e.getSha256(), e.getUploadedBy(), e.getUploadedAt());
    }
}
