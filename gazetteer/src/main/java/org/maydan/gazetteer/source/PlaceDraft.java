package org.maydan.gazetteer.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.maydan.gazetteer.AdminPath;
import org.maydan.gazetteer.Place;
import org.maydan.gazetteer.PlaceKind;
import org.maydan.gazetteer.PlaceName;

/** A place being read and merged; frozen into an immutable {@link Place} at the end of loading. */
final class PlaceDraft {

    private static final String SYRIA = "SY";

    String id;
    PlaceKind kind;
    String nameAr;
    String nameEn;
    final Set<PlaceName> names = new LinkedHashSet<>();
    double lat;
    double lon;
    @Nullable Double radiusKm;
    AdminPath admin;
    String country = "";
    @Nullable Long population;
    String source;
    String licence;
    final List<String> sameAs = new ArrayList<>();

    /** A draft with the required fields; names are added with {@link #name}. */
    public PlaceDraft(String id, PlaceKind kind, String nameAr, String nameEn, double lat, double lon,
            AdminPath admin, String source, String licence) {
        this.id = id;
        this.kind = kind;
        this.nameAr = nameAr;
        this.nameEn = nameEn;
        this.lat = lat;
        this.lon = lon;
        this.admin = admin;
        this.source = source;
        this.licence = licence;
        name("ar", nameAr);
        name("en", nameEn);
    }

    /** Adds a name variant; blank text is ignored. */
    public PlaceDraft name(String lang, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            names.add(new PlaceName(lang.isBlank() ? PlaceName.UNDETERMINED : lang, text.strip()));
        }
        return this;
    }

    public PlaceDraft radiusKm(@Nullable Double value) {
        this.radiusKm = value;
        return this;
    }

    public PlaceDraft country(String code) {
        this.country = code;
        return this;
    }

    public PlaceDraft population(@Nullable Long value) {
        this.population = value;
        return this;
    }

    public String id() {
        return id;
    }

    public PlaceKind kind() {
        return kind;
    }

    public double lat() {
        return lat;
    }

    public double lon() {
        return lon;
    }

    public AdminPath admin() {
        return admin;
    }

    public Set<PlaceName> names() {
        return names;
    }

    public void admin(AdminPath path) {
        this.admin = path;
    }

    /**
     * Absorbs another record of the same place. The id, point and primary names of the record with
     * the more authoritative id (OCHA P-code over GeoNames over others) win; names, population and
     * unknown admin parts are united; the larger settlement kind wins (GeoNames knows cities).
     */
    public void absorb(PlaceDraft other) {
        boolean otherLeads = idRank(other.id) < idRank(id);
        PlaceDraft lead = otherLeads ? other : this;
        PlaceDraft follow = otherLeads ? this : other;
        Set<PlaceName> allNames = new LinkedHashSet<>(lead.names);
        allNames.addAll(follow.names);
        List<String> ids = new ArrayList<>(lead.sameAs);
        ids.add(follow.id);
        ids.addAll(follow.sameAs);
        String newId = lead.id;
        double newLat = lead.lat;
        double newLon = lead.lon;
        String ar = lead.nameAr.isBlank() ? follow.nameAr : lead.nameAr;
        String en = lead.nameEn.isBlank() ? follow.nameEn : lead.nameEn;
        AdminPath path = lead.admin.isUnknown() ? follow.admin : lead.admin;
        String src = lead.source + "; " + follow.source;
        String lic = lead.licence.equals(follow.licence) ? lead.licence
                : lead.licence + "; " + follow.licence;
        @Nullable Long pop = largerPopulation(population, other.population);
        PlaceKind newKind = kind.isSettlement() && other.kind.isSettlement()
                ? (kind.ordinal() < other.kind.ordinal() ? kind : other.kind) : lead.kind;
        @Nullable Double radius = lead.radiusKm != null ? lead.radiusKm : follow.radiusKm;
        this.id = newId;
        this.lat = newLat;
        this.lon = newLon;
        this.nameAr = ar;
        this.nameEn = en;
        this.admin = path;
        this.source = src;
        this.licence = lic;
        this.population = pop;
        this.kind = newKind;
        this.radiusKm = radius;
        this.country = lead.country.isEmpty() ? follow.country : lead.country;
        this.names.clear();
        this.names.addAll(allNames);
        this.sameAs.clear();
        ids.stream().filter(i -> !i.equals(newId)).distinct().forEach(sameAs::add);
    }

    private static int idRank(String id) {
        if (id.startsWith("pcode:")) {
            return 0;
        }
        return id.startsWith("geonames:") ? 1 : 2;
    }

    /** The immutable place; a missing primary Arabic name is the first Arabic variant. */
    public Place freeze() {
        if (nameAr.isBlank()) {
            names.stream().filter(n -> n.lang().equals("ar")).findFirst()
                    .ifPresent(n -> nameAr = n.text());
        }
        String code = country.isEmpty() && admin.admin1Pcode() != null
                && admin.admin1Pcode().startsWith(SYRIA) ? SYRIA : country;
        return new Place(id, kind, nameAr, nameEn, List.copyOf(names), lat, lon, radiusKm, admin,
                code, population, source, licence, sameAs);
    }

    /** The larger known figure; boxed on purpose, as either side may be unknown. */
    private static @Nullable Long largerPopulation(@Nullable Long a, @Nullable Long b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return Math.max(a, b);
    }
}
