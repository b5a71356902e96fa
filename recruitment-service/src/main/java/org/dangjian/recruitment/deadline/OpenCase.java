package org.dangjian.recruitment.deadline;

/**
 * An open case as the deadline run and the overdue list read it: enough to name the person, find the branch and
 * (steps being recorded in order) the next step, the one after {@code lastStep}.
 */
public record OpenCase(long id, long orgId, String orgPath, String name, String phoneMasked, int catalogueVersion,
                       String lastStep) {
    /** The columns of recruitment_case (alias c) to read one, in order. */
    public static final String COLUMNS = "c.id, c.org_id, c.org_path, c.name, c.phone_masked, c.catalogue_version, c.last_step";

    public static OpenCase read(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new OpenCase(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                rs.getString(7));
    }
}
