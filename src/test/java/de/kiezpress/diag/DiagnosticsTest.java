package de.kiezpress.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    @Test
    void sortsByFileThenLineThenColumnThenSeverityThenMessage() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warning("b.md", Position.of(1, 1), "later file");
        diagnostics.warning("a.md", Position.of(10, 1), "line 10");
        diagnostics.warning("a.md", Position.of(2, 9), "line 2, column 9");
        diagnostics.warning("a.md", Position.of(2, 3), "line 2, column 3, warning");
        diagnostics.error("a.md", Position.of(2, 3), "line 2, column 3, error b");
        diagnostics.error("a.md", Position.of(2, 3), "line 2, column 3, error a");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly(
                "line 2, column 3, error a",
                "line 2, column 3, error b",
                "line 2, column 3, warning",
                "line 2, column 9",
                "line 10",
                "later file");
    }

    @Test
    void sortsLinesNumericallyNotAsText() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error("a.md", Position.line(10), "ten");
        diagnostics.error("a.md", Position.line(9), "nine");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly("nine", "ten");
    }

    @Test
    void putsRunWideProblemsAndUnknownPositionsFirst() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error("a.md", Position.line(1), "line 1");
        diagnostics.error("a.md", Position.UNKNOWN, "whole file");
        diagnostics.error("", Position.UNKNOWN, "whole run");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly("whole run", "whole file", "line 1");
    }

    @Test
    void dropsExactDuplicatesButKeepsDiagnosticsThatDifferOnlyInTheirHint() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warning("a.md", Position.of(3, 1), "same", "hint");
        diagnostics.warning("a.md", Position.of(3, 1), "same", "hint");
        diagnostics.warning("a.md", Position.of(3, 1), "same", "other hint");
        diagnostics.warning("a.md", Position.of(3, 1), "same", "hint");

        assertThat(diagnostics.sorted()).extracting(Diagnostic::format).containsExactly(
                "a.md:3:1: warning: same (hint)",
                "a.md:3:1: warning: same (other hint)");
    }

    @Test
    void countsErrorsAndWarnings() {
        Diagnostics diagnostics = new Diagnostics();
        assertThat(diagnostics.isEmpty()).isTrue();
        assertThat(diagnostics.hasErrors()).isFalse();

        diagnostics.warning("a.md", Position.line(1), "w");
        assertThat(diagnostics.hasErrors()).isFalse();
        diagnostics.error("a.md", Position.line(2), "e1");
        diagnostics.error("a.md", Position.line(3), "e2", "hint");

        assertThat(diagnostics.isEmpty()).isFalse();
        assertThat(diagnostics.hasErrors()).isTrue();
        assertThat(diagnostics.errorCount()).isEqualTo(2);
        assertThat(diagnostics.warningCount()).isEqualTo(1);
    }

    @Test
    void addsAllOfAnotherCollectorsDiagnostics() {
        Diagnostics own = new Diagnostics();
        own.error("a.md", Position.line(1), "e");
        own.warning("a.md", Position.line(2), "w");
        Diagnostics run = new Diagnostics();

        run.addAll(own.sorted());

        assertThat(run.sorted()).isEqualTo(own.sorted());
    }

    @Test
    void givesTheSameOrderHoweverParallelWorkAddedThem() {
        Diagnostics diagnostics = new Diagnostics();
        IntStream.range(0, 500).parallel().forEach(i ->
                diagnostics.warning("f" + (i % 7) + ".md", Position.line(i % 13 + 1), "m" + i));

        List<Diagnostic> sorted = diagnostics.sorted();

        assertThat(sorted).hasSize(500).isSortedAccordingTo(Diagnostic.ORDER);
        assertThat(sorted.get(0).format()).isEqualTo("f0.md:1:1: warning: m0");
    }

    @Test
    void returnsAnUnmodifiableList() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.error("a.md", Position.line(1), "e");

        List<Diagnostic> sorted = diagnostics.sorted();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sorted.add(sorted.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
