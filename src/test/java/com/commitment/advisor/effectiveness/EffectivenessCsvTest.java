package com.commitment.advisor.effectiveness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells: quoted when they must be, and never read by a spreadsheet as a formula. */
class EffectivenessCsvTest {

    @Test
    void cellsAreQuotedWhenTheyMustBe() {
        assertThat(EffectivenessCsv.cell("plain")).isEqualTo("plain");
        assertThat(EffectivenessCsv.cell("agreed, \"by phone\"")).isEqualTo("\"agreed, \"\"by phone\"\"\"");
        assertThat(EffectivenessCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(EffectivenessCsv.cell("王工自己会转给主管")).isEqualTo("王工自己会转给主管");
    }

    @Test
    void aFormulaIsDefused() {
        assertThat(EffectivenessCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(EffectivenessCsv.cell("+1")).isEqualTo("'+1");
        assertThat(EffectivenessCsv.cell("-wrong")).isEqualTo("'-wrong");
        assertThat(EffectivenessCsv.cell("@me")).isEqualTo("'@me");
        assertThat(EffectivenessCsv.cell("")).isEmpty();
    }
}
