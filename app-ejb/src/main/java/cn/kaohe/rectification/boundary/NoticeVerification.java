package cn.kaohe.rectification.boundary;

/**
 * The office's verdict on a response: {@code accepted} closes the notice (销号), otherwise it goes back to the unit
 * and {@code note} (the reason) is required; {@code version} is the notice version read.
 */
public record NoticeVerification(Boolean accepted, String note, Long version) {
}
