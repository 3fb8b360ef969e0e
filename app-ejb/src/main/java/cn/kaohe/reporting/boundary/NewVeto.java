package cn.kaohe.reporting.boundary;

/** A one-vote veto of a unit in one of the scheme's veto areas, with its reason. */
public record NewVeto(String unitCode, String area, String reason) {
}
