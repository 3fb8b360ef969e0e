package cn.kaohe.web.rectification;

import cn.kaohe.rectification.boundary.LedgerFilter;
import cn.kaohe.rectification.boundary.NoticeResponse;
import cn.kaohe.rectification.boundary.NoticeView;
import cn.kaohe.rectification.boundary.RectificationService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Backs {@code /rectification/notices.xhtml}: a unit reporter's rectification notices and the response form (what
 * was done, with an evidence file); a notice sent back shows the office's reason (SDO-02).
 */
@Named
@ViewScoped
public class NoticesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private RectificationService rectification;

    private List<NoticeView> notices;
    private NoticeView selected;
    private String text;
    private transient Part file;

    @PostConstruct
    void load() {
        notices = rectification.ledger(LedgerFilter.all()).notices();
    }

    public void select(long id) {
        selected = rectification.notice(id).orElse(null);
        text = selected == null ? null : selected.responseText();
    }

    /** Attaches the file (if any), then sends the response. */
    public void respond() {
        if (selected == null) {
            return;
        }
        try {
            if (file != null && file.getSize() > 0) {
                try (InputStream in = file.getInputStream()) {
                    rectification.attachEvidence(selected.id(), file.getSubmittedFileName(), in);
                }
            }
            NoticeView answered = rectification.respond(selected.id(), new NoticeResponse(text, selected.version()));
            PageMessages.info("rect.respond.done", answered.id());
            selected = null;
            text = null;
            load();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        } catch (RuntimeException failure) {
            if (!PageMessages.refused(failure, "responseForm", Set.of("text", "fileName"))) {
                throw failure;
            }
        }
    }

    public boolean mayRespond(NoticeView n) {
        return "ISSUED".equals(n.status()) || "REJECTED".equals(n.status());
    }

    public String statusText(String status) {
        return PageMessages.text("rect.status." + status);
    }

    public String rowClass(NoticeView n) {
        return n.overdue() ? "kh-overdue" : "";
    }

    public List<NoticeView> getNotices() { return notices; }
    public NoticeView getSelected() { return selected; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
