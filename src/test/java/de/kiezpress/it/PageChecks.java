package de.kiezpress.it;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/** What the browser tests look at on a loaded page, each returning readable findings (empty: fine). */
final class PageChecks {
    /** The WCAG 2.0, 2.1 and 2.2 A and AA rules of axe-core. */
    static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private PageChecks() {
    }

    /** The result of one axe run: violations as sentences, and the ids of the rules that applied. */
    record AxeReport(List<String> violations, List<String> ruleIds, List<String> violatedRules, List<String> incomplete) {
    }

    static AxeReport axe(WebDriver driver) {
        Results results = new AxeBuilder().withTags(AXE_TAGS).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core failed on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
        }
        List<String> violations = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                violations.add(rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + node.getTarget()
                        + "\n      " + shorten(node.getHtml()) + "\n      " + String.valueOf(node.getFailureSummary()).replace("\n", " "));
            }
        }
        List<String> applied = new ArrayList<>();
        results.getPasses().forEach(r -> applied.add(r.getId()));
        results.getViolations().forEach(r -> applied.add(r.getId()));
        results.getIncomplete().forEach(r -> applied.add(r.getId()));
        return new AxeReport(violations, applied.stream().distinct().sorted().toList(),
                results.getViolations().stream().map(Rule::getId).toList(),
                results.getIncomplete().stream().map(Rule::getId).toList());
    }

    /**
     * Horizontal scrolling (WCAG 1.4.10): the document must not be wider than the viewport. Names
     * the elements that stick out, to say what to fix.
     */
    static List<String> horizontalOverflow(WebDriver driver) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) js(driver).executeScript("""
                const root = document.documentElement;
                const width = root.clientWidth;
                const culprits = [];
                for (const el of document.body.querySelectorAll('*')) {
                  const r = el.getBoundingClientRect();
                  if (r.width > 0 && r.right > width + 0.5 && getComputedStyle(el).position !== 'absolute') {
                    culprits.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).trim().replace(/\\s+/g, '.') : '')
                      + ' right=' + Math.round(r.right) + ': ' + (el.textContent || '').trim().slice(0, 60));
                  }
                  if (culprits.length >= 5) break;
                }
                return {scrollWidth: root.scrollWidth, clientWidth: width, culprits: culprits};
                """);
        long scrollWidth = ((Number) result.get("scrollWidth")).longValue();
        long clientWidth = ((Number) result.get("clientWidth")).longValue();
        if (scrollWidth <= clientWidth) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<String> culprits = (List<String>) result.get("culprits");
        List<String> findings = new ArrayList<>();
        findings.add("scrolls sideways: the document is " + scrollWidth + " px wide in a " + clientWidth + " px viewport");
        culprits.forEach(c -> findings.add("  sticks out: " + c));
        return findings;
    }

    /**
     * Tabs through the page from the top. Every element that takes the focus must look different
     * from its unfocused self (outline, shadow or background: WCAG 2.4.7) and must not be covered
     * by other content (2.4.11). Returns the findings and how many elements were reached.
     */
    static FocusWalk walkFocus(WebDriver driver) {
        js(driver).executeScript("""
                window.__kpBase = new Map();
                for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')) {
                  const s = getComputedStyle(el);
                  window.__kpBase.set(el, [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color].join('|'));
                }
                if (document.activeElement) document.activeElement.blur();
                """);
        List<String> findings = new ArrayList<>();
        int reached = 0;
        String first = null;
        for (int i = 0; i < 400; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            @SuppressWarnings("unchecked")
            Map<String, Object> state = (Map<String, Object>) js(driver).executeScript("""
                    const el = document.activeElement;
                    if (!el || el === document.body || el === document.documentElement) return {done: true};
                    const s = getComputedStyle(el);
                    const now = [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color].join('|');
                    const base = window.__kpBase.get(el);
                    const transparent = c => c === 'transparent' || /rgba\\(.*,\\s*0\\)$/.test(c);
                    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && !transparent(s.outlineColor);
                    const changed = base !== undefined && now !== base
                      && (outline || s.boxShadow !== base.split('|')[3] || s.backgroundColor !== base.split('|')[4]);
                    const rects = el.getClientRects();
                    const r = rects.length ? rects[0] : el.getBoundingClientRect();
                    const x = Math.min(Math.max(r.left + Math.min(r.width, 8) / 2 + 1, 0), innerWidth - 1);
                    const y = Math.min(Math.max(r.top + r.height / 2, 0), innerHeight - 1);
                    const hit = document.elementFromPoint(x, y);
                    const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
                    const covered = !inView || !(hit === el || el.contains(hit));
                    const id = el.tagName.toLowerCase() + (el.getAttribute('href') ? '[href="' + el.getAttribute('href') + '"]' : '')
                      + ' "' + (el.textContent || el.value || '').trim().slice(0, 40) + '"';
                    return {done: false, id: id, visible: changed, focusVisible: el.matches(':focus-visible'), covered: covered,
                      hit: hit ? hit.tagName.toLowerCase() + '.' + hit.className : 'nothing'};
                    """);
            if (Boolean.TRUE.equals(state.get("done"))) {
                break;
            }
            String id = (String) state.get("id");
            if (id.equals(first)) {
                break;
            }
            if (first == null) {
                first = id;
            }
            reached++;
            if (!Boolean.TRUE.equals(state.get("visible")) || !Boolean.TRUE.equals(state.get("focusVisible"))) {
                findings.add("no visible focus on " + id);
            }
            if (Boolean.TRUE.equals(state.get("covered"))) {
                findings.add("focus hidden on " + id + " (covered by " + state.get("hit") + ")");
            }
        }
        return new FocusWalk(findings, reached);
    }

    record FocusWalk(List<String> findings, int reached) {
    }

    static JavascriptExecutor js(WebDriver driver) {
        return (JavascriptExecutor) driver;
    }

    static String joined(List<String> findings) {
        return findings.stream().map(f -> "  - " + f).collect(Collectors.joining("\n"));
    }

    private static String shorten(String html) {
        String oneLine = String.valueOf(html).replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
