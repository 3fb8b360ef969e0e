package cn.kaohe.platform.security;

import java.util.List;

/**
 * The roles of RULES.md §13 ("Organisation and people"), as the names {@code @RolesAllowed} and the user
 * records use. A user holds any number of them.
 */
public final class Roles {

    /** 系统管理员: users, roles, imports. */
    public static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";
    /** 考核办/绩效办: the assessment office that runs the year. */
    public static final String ASSESSMENT_OFFICE = "ASSESSMENT_OFFICE";
    /** 考评组/数据采集单位: the lead department that supplies or scores indicators. */
    public static final String ASSESSOR = "ASSESSOR";
    /** 被考核单位填报人: reports for the units the user may act for, and only those. */
    public static final String UNIT_REPORTER = "UNIT_REPORTER";
    /** 领导: approves. */
    public static final String LEADER = "LEADER";
    /** 审计/纪检: reads and verifies the audit log. */
    public static final String AUDITOR = "AUDITOR";

    public static final List<String> ALL = List.of(SYSTEM_ADMIN, ASSESSMENT_OFFICE, ASSESSOR, UNIT_REPORTER, LEADER,
            AUDITOR);

    private Roles() {
    }
}
