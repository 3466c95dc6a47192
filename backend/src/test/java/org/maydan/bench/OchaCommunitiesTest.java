package org.maydan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OchaCommunitiesTest {

    @Test
    void theShippedDataGiveEveryCommunityWithArabicNamesAndAdminContext() {
        assertThat(ShippedCommunities.get()).hasSize(7693);
        Community kabani = ShippedCommunities.get().stream()
                .filter(c -> c.pcode().equals("C3751")).findFirst().orElseThrow();
        assertThat(kabani.nameAr()).isEqualTo("كباني");
        assertThat(kabani.admin1En()).isEqualTo("Lattakia");
        assertThat(kabani.admin2Pcode()).isEqualTo("SY0603");
        assertThat(kabani.admin2Ar()).isEqualTo("الحفة");
        assertThat(kabani.lat()).isCloseTo(35.72, within(0.01));
    }

    @Test
    void anotherTableInOchasLayoutIsReadByColumnName(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("communities.csv"), """
                pcode,name_en,name_ar,admin1_pcode,admin1_en,admin1_ar,admin2_pcode,admin2_en,admin2_ar,lat,lon
                C9001,Test Village,قرية التجربة,SY05,Hama,حماة,SY0503,As-Suqaylabiyah,السقيلبية,35.40,36.40
                """);

        assertThat(OchaCommunities.read(csv)).containsExactly(new Community("C9001", "Test Village", "قرية التجربة",
                "Hama", "حماة", "SY0503", "As-Suqaylabiyah", "السقيلبية", 35.40, 36.40));
    }
}
