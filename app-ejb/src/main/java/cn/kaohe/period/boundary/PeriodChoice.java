package cn.kaohe.period.boundary;

/**
 * A period as a choice in a list (code, name, year): what the pages' period selectors show, read without the
 * period's enrolled units, sub-periods or scheme (a {@link PeriodView} carries those).
 */
public record PeriodChoice(String code, String name, int year) {
}
