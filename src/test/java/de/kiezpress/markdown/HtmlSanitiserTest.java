package de.kiezpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import de.kiezpress.diag.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitiserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<script>alert(1)</script>                     | <script>",
        "<iframe src=x></iframe>                       | <iframe>",
        "<object data=x></object>                      | <object>",
        "<form action=x><input></form>                 | <form>, <input>",
        "<style>body{display:none}</style>             | <style>",
        "<img src=x onerror=alert(1)>                  | onerror attribute",
        "<span OnMouseOver=x>                          | onmouseover attribute",
        "<a href=\"javascript:alert(1)\">x</a>         | javascript: URL",
        "<a href=\" JaVaScRiPt:alert(1)\">x</a>        | javascript: URL",
        "<a href=\"java script:alert(1)\">x</a>        | javascript: URL",
        "<a href=\"vbscript:x\">x</a>                  | vbscript: URL",
        "<img src=\"data:image/svg+xml,<svg>\">        | data: URL",
    })
    void namesWhatWouldBeRemoved(String html, String problems) {
        assertThat(String.join(", ", HtmlSanitiser.problems(html))).isEqualTo(problems);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<abbr title=\"x\">SRO</abbr>", "<span class=\"x\" lang=\"en\">y</span>", "<br>",
        "<a href=\"https://example.org/\">x</a>", "<details><summary>Mehr</summary>Text</details>", "<kbd>Strg</kbd>"})
    void findsNothingWrongWithHarmlessHtml(String html) {
        assertThat(HtmlSanitiser.problems(html)).isEmpty();
    }

    @Test
    void cleansScriptsHandlersAndJavascriptUrlsButKeepsRelativeLinksAndIds() {
        String cleaned = HtmlSanitiser.clean("<h2 id=\"a\">A</h2><p onclick=\"x()\">T <a href=\"/sozialraum/x/\">x</a>"
                + " <a href=\"#fn-1\">1</a> <a href=\"javascript:y()\">y</a></p><script>z()</script>");

        assertThat(cleaned).isEqualTo("<h2 id=\"a\">A</h2><p>T <a href=\"/sozialraum/x/\">x</a> <a href=\"#fn-1\">1</a> "
                + "<a>y</a></p>");
    }

    @Test
    void turnsOffsetsIntoFilePositions() {
        LineIndex lines = new LineIndex("ab\ncd\n\nef", 5);

        assertThat(lines.at(0)).isEqualTo(Position.of(5, 1));
        assertThat(lines.at(1)).isEqualTo(Position.of(5, 2));
        assertThat(lines.at(3)).isEqualTo(Position.of(6, 1));
        assertThat(lines.at(6)).isEqualTo(Position.of(7, 1));
        assertThat(lines.at(8)).isEqualTo(Position.of(8, 2));
    }
}
