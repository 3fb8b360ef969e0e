package cn.kaohe.organisation.boundary;

/** What an all-or-nothing import created. */
public record ImportReport(int categoriesCreated, int unitsCreated) {
}
