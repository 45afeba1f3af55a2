package org.shouwang.plan;

/** Who a rostered person is in the community. */
public enum VolunteerRole {
    /** 社区工作人员 */
    STAFF,
    /** 两委成员 */
    COMMITTEE,
    /** 党员 */
    PARTY_MEMBER,
    /** 网格员 */
    GRID_WORKER,
    /** 物业人员 */
    PROPERTY,
    /** 居民志愿者 */
    VOLUNTEER
}
