package de.kiezpress.diag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void formatsFileLineColumnSeverityAndMessageTheWayEditorsParseThem() {
        Diagnostic d = Diagnostic.error("content/pressemitteilungen/x.md", Position.of(3, 7),
                "date: \"gestern\" is not a date (expected YYYY-MM-DD)");

        assertThat(d.format()).isEqualTo(
                "content/pressemitteilungen/x.md:3:7: error: date: \"gestern\" is not a date (expected YYYY-MM-DD)");
    }

    @Test
    void appendsTheHintInParentheses() {
        Diagnostic d = Diagnostic.warning("content/x.md", Position.of(2, 1), "unknown key \"titel\"")
                .withHint("did you mean \"title\"?");

        assertThat(d.format()).isEqualTo("content/x.md:2:1: warning: unknown key \"titel\" (did you mean \"title\"?)");
    }

    @Test
    void leavesOutLineAndColumnWhenThePositionIsUnknown() {
        Diagnostic d = Diagnostic.error("content/x.md", Position.UNKNOWN, "cannot be read");

        assertThat(d.format()).isEqualTo("content/x.md: error: cannot be read");
    }

    @Test
    void leavesOutTheFileWhenTheProblemConcernsTheWholeRun() {
        Diagnostic d = Diagnostic.error("", Position.of(4, 2), "two sources land on one URL");

        assertThat(d.format()).isEqualTo("error: two sources land on one URL");
    }

    @Test
    void printsItselfAsItsFormattedLine() {
        Diagnostic d = Diagnostic.warning("a.md", Position.line(9), "x");

        assertThat(d).hasToString("a.md:9:1: warning: x");
    }

    @Test
    void treatsAMissingHintAsEmpty() {
        Diagnostic d = new Diagnostic(Severity.ERROR, "a.md", Position.line(1), "m", null);

        assertThat(d.hint()).isEmpty();
        assertThat(d.format()).isEqualTo("a.md:1:1: error: m");
    }

    @Test
    void knowsWhetherItIsAnError() {
        assertThat(Diagnostic.error("a.md", Position.line(1), "m").isError()).isTrue();
        assertThat(Diagnostic.warning("a.md", Position.line(1), "m").isError()).isFalse();
    }

    @Test
    void refusesAMissingMessage() {
        assertThatThrownBy(() -> Diagnostic.error("a.md", Position.line(1), null))
                .isInstanceOf(NullPointerException.class).hasMessage("message");
    }

    @Test
    void refusesNegativePositions() {
        assertThatThrownBy(() -> Position.of(-1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1:1");
    }

    @Test
    void movesAKnownPositionDownButLeavesAnUnknownOneAlone() {
        assertThat(Position.of(2, 5).plusLines(3)).isEqualTo(Position.of(5, 5));
        assertThat(Position.UNKNOWN.plusLines(3)).isEqualTo(Position.UNKNOWN);
        assertThat(Position.UNKNOWN.isKnown()).isFalse();
    }

    @Test
    void labelsSeveritiesInLowerCase() {
        assertThat(Severity.ERROR.label()).isEqualTo("error");
        assertThat(Severity.WARNING.label()).isEqualTo("warning");
    }
}
