package org.maydan.gazetteer;

import org.jspecify.annotations.Nullable;

/**
 * The OCHA administrative units containing a place: governorate (admin1), district (admin2) and
 * sub-district (admin3), with their P-codes ({@code SY07}, {@code SY0703}, {@code SY070300}) and
 * names; every part may be unknown (places outside Syria, GeoNames rows without boundaries).
 */
public record AdminPath(
        @Nullable String admin1Pcode, @Nullable String admin1En, @Nullable String admin1Ar,
        @Nullable String admin2Pcode, @Nullable String admin2En,
        @Nullable String admin3Pcode, @Nullable String admin3En) {

    /** Blank parts are unknown (null). */
    public AdminPath {
        admin1Pcode = blankToNull(admin1Pcode);
        admin1En = blankToNull(admin1En);
        admin1Ar = blankToNull(admin1Ar);
        admin2Pcode = blankToNull(admin2Pcode);
        admin2En = blankToNull(admin2En);
        admin3Pcode = blankToNull(admin3Pcode);
        admin3En = blankToNull(admin3En);
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** No known administrative unit. */
    public static final AdminPath UNKNOWN = new AdminPath(null, null, null, null, null, null, null);

    /** Whether no part is known. */
    public boolean isUnknown() {
        return admin1Pcode == null && admin2Pcode == null && admin3Pcode == null;
    }

    /** Whether a P-code of any level (SY07, SY0703, SY070300) contains this path. */
    public boolean isWithin(String pcode) {
        return pcode.equals(admin1Pcode) || pcode.equals(admin2Pcode) || pcode.equals(admin3Pcode);
    }
}
