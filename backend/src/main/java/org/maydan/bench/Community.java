package org.maydan.bench;

/** One OCHA community (admin4 populated place) with its governorate and district. */
record Community(
        String pcode,
        String nameEn,
        String nameAr,
        String admin1En,
        String admin1Ar,
        String admin2Pcode,
        String admin2En,
        String admin2Ar,
        double lat,
        double lon) {
}
