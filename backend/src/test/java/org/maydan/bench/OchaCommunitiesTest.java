package org.maydan.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class OchaCommunitiesTest {

    @Test
    void readsEveryCommunityWithArabicNamesAndAdminContext() {
        assertThat(SharedData.communities()).hasSize(7693);
        Community kabani = SharedData.communities().stream()
                .filter(c -> c.pcode().equals("C3751")).findFirst().orElseThrow();
        assertThat(kabani.nameAr()).isEqualTo("كباني");
        assertThat(kabani.admin1En()).isEqualTo("Lattakia");
        assertThat(kabani.lat()).isCloseTo(35.72, within(0.01));
    }
}
