package vn.motcua.devices.rs485;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

    @Test
    void vietnameseIsStrippedToAscii() {
        assertThat(DisplayText.fit("Quầy 3", 6)).isEqualTo("Quay 3");
        assertThat(DisplayText.fit("ĐẶNG đức", 8)).isEqualTo("DANG duc");
        assertThat(DisplayText.fit("Số 1024 → Quầy", 14)).isEqualTo("So 1024 ? Quay");
    }

    @Test
    void textIsCutOrPaddedToTheWidth() {
        assertThat(DisplayText.fit("A1024", 8)).isEqualTo("A1024   ");
        assertThat(DisplayText.fit("A1024 Quầy 12", 8)).isEqualTo("A1024 Qu");
        assertThat(DisplayText.fit(null, 3)).isEqualTo("   ");
        assertThat(DisplayText.fit("a\tb", 3)).isEqualTo("a b");
    }
}
