package de.kiezpress.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import de.kiezpress.content.Slug;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps body headings below the page title: a body written from {@code #} is shifted down one
 * level, and each heading gets an id transliterated like a slug. (Levels that skip are found by
 * the audit of the whole page, which maps them back to their lines.)
 */
final class Headings {
    private Headings() {
    }

    static void process(Document document, Set<String> reservedIds) {
        List<Heading> headings = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading heading) {
                headings.add(heading);
            }
        }
        if (headings.isEmpty()) {
            return;
        }
        boolean shift = headings.stream().anyMatch(h -> h.getLevel() == 1);
        Set<String> used = new HashSet<>(reservedIds);
        for (Heading heading : headings) {
            if (shift) {
                heading.setLevel(Math.min(6, heading.getLevel() + 1));
            }
            heading.setAnchorRefId(uniqueId(PlainText.of(heading), used));
            heading.setExplicitAnchorRefId(true);
        }
    }

    private static String uniqueId(String text, Set<String> used) {
        String base = Slug.of(text);
        // a leading digit makes a poor fragment, and fn-/fnref- belong to the footnotes' own ids
        if (base.isEmpty() || Character.isDigit(base.charAt(0)) || base.startsWith("fn-") || base.startsWith("fnref-")) {
            base = "abschnitt-" + base;
            base = base.endsWith("-") ? base.substring(0, base.length() - 1) : base;
        }
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
