package org.shouwang.plan;

/** The kinds of duty point; the kind does not change the rules, it helps people read the roster. */
public enum PostKind {
    /** A gate or checkpoint (卡口 / 门岗). */
    GATE,
    /** Door-to-door screening of buildings (入户排查). */
    SCREENING,
    PATROL,
    /** A registration or service desk (登记台). */
    DESK
}
