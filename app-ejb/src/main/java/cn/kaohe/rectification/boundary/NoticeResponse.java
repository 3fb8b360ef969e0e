package cn.kaohe.rectification.boundary;

/** The unit's response: what was done; {@code version} is the notice version read (optimistic lock). */
public record NoticeResponse(String text, Long version) {
}
