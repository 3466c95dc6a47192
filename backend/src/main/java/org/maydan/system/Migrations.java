package org.maydan.system;

/**
 * Where Flyway finds the store's migrations: the steps whose SQL is the same for H2 and PostgreSQL
 * once, in {@value #COMMON}, and the steps each store spells its own way in
 * {@code db/migration/h2} or {@code db/migration/postgresql}, one version sequence across both
 * folders. The application sets the same list in {@code spring.flyway.locations}, with Spring's
 * {@code {vendor}} placeholder; tests and benchmarks that run Flyway themselves take it from here.
 *
 * <p>A step stays where it was first shipped: Flyway records each applied step's checksum (a CRC32
 * of its lines, comments included) and refuses to start on a database whose recorded checksum no
 * longer matches. Only a new step, or a vendor step whose two copies are the same file, may go to
 * {@value #COMMON}.
 */
public final class Migrations {

    /** Steps shared by both stores. */
    public static final String COMMON = "classpath:db/migration/common";
    /** The folder of one store's own steps, by Flyway's vendor name ({@code h2}, {@code postgresql}). */
    private static final String VENDOR_FOLDER = "classpath:db/migration/";

    private Migrations() {}

    /** The locations for a store, by Flyway's vendor name: {@code h2} or {@code postgresql}. */
    public static String[] locations(String vendor) {
        return new String[] {COMMON, VENDOR_FOLDER + vendor};
    }
}
