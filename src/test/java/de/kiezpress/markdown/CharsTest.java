package de.kiezpress.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.PrefixedSubSequence;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharsTest {
    private static final String MARKDOWN = """
            # Bürgerbeteiligung in Steglitz-Zehlendorf

            Die *Planungskoordination* lädt ein: „Kiezspaziergang“ am **14. Juni** – mit \\*Sternchen\\*,
            &amp; Entitäten, `Code` und einem [Link](https://example.org "Titel").\r
            Ein NUL-Zeichen: \0 und weiter.

            - Auswertung der Hinweise
            - Gespräch mit der Stadtteilkoordination 🌳
            """;

    @Test
    void givesWhatFlexmarkGivesForEveryTextOfAParsedBody() {
        Node document = Parser.builder().build().parse(MARKDOWN);
        List<BasedSequence> texts = new ArrayList<>();
        collectTexts(document, texts);

        assertThat(texts).hasSizeGreaterThan(8);
        assertThat(texts).as("the texts of a body are copied in one go").allMatch(Chars::isPlainSlice);
        for (BasedSequence text : texts) {
            assertThat(Chars.text(text)).isEqualTo(text.toString());
        }
        assertThat(Chars.text(document.getChars())).isEqualTo(document.getChars().toString());
    }

    @Test
    void readsNulAsTheReplacementCharacterLikeFlexmark() {
        BasedSequence chars = BasedSequence.of("vor\0nach").subSequence(1, 6);

        assertThat(Chars.text(chars)).isEqualTo("or\uFFFDna").isEqualTo(chars.toString());
    }

    @Test
    void givesTheTextOfSequencesThatAreNotPlainSlices() {
        BasedSequence prefixed = PrefixedSubSequence.prefixOf("» ", BasedSequence.of("Kiezfest").subSequence(0, 4));

        assertThat(Chars.isPlainSlice(prefixed)).isFalse();
        assertThat(Chars.text(prefixed)).isEqualTo("» Kiez").isEqualTo(prefixed.toString());
        assertThat(Chars.text(BasedSequence.NULL)).isEmpty();
    }

    private static void collectTexts(Node node, List<BasedSequence> texts) {
        if (node instanceof Text) {
            texts.add(node.getChars());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collectTexts(child, texts);
        }
    }
}
