package cn.kaohe.period.boundary;

/** A unit to assess in a period, in a category of the period's scheme ({@code township}, {@code village} …). */
public record Enrolment(String unitCode, String category) {
}
