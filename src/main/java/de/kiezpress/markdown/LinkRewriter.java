package de.kiezpress.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import de.kiezpress.config.BaseUrl;
import de.kiezpress.content.Resource;
import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Rewrites the links and images of one body: links to other content files become the target's
 * URL, site paths get the base path, files beside the article are published with it, and unsafe
 * schemes are removed. Every broken link is reported at its line.
 */
final class LinkRewriter {
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    /** Everything the rewriter needs to know about the body it works on. */
    record Context(String file, Path markdownFile, Path contentRoot, String outputDir, BaseUrl baseUrl,
                   boolean unsafeHtml, LinkTargets targets, LineIndex lines, Diagnostics diagnostics) {
    }

    private final Context context;
    private final Map<String, Resource> resources = new TreeMap<>();

    LinkRewriter(Context context) {
        this.context = context;
    }

    /** Rewrites in place; returns the files to publish with the article. */
    List<Resource> rewrite(Document document) {
        List<Node> nodes = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Link || node instanceof Image || node instanceof Reference || node instanceof RefNode) {
                nodes.add(node);
            }
        }
        Set<Reference> removed = new HashSet<>();
        for (Node node : nodes) {
            if (node instanceof Link link) {
                rewriteLink(link);
            } else if (node instanceof Image image) {
                rewriteImage(image);
            } else if (node instanceof Reference reference) {
                Optional<String> url = rewrite(reference.getUrl().toString(), reference, false);
                url.ifPresentOrElse(u -> reference.setUrl(BasedSequence.of(u)), () -> removed.add(reference));
            }
        }
        // [text][ref] uses its definition's address: when that was removed, the uses must lose theirs
        // too, or the unsafe address would still be rendered (the definition was warned about once)
        for (Node node : nodes) {
            if (node instanceof RefNode ref && removed.contains(ref.getReferenceNode(document))) {
                if (ref instanceof ImageRef) {
                    ref.unlink();
                } else {
                    unwrap(ref);
                }
            }
        }
        return List.copyOf(resources.values());
    }

    private void rewriteLink(Link link) {
        Optional<String> url = rewrite(link.getUrl().toString(), link, false);
        if (url.isPresent()) {
            link.setUrl(BasedSequence.of(url.get()));
        } else {
            unwrap(link);
        }
    }

    private void rewriteImage(Image image) {
        if (image.getText().isBlank()) {
            context.diagnostics().warning(context.file(), position(image), "image without alt text",
                    "describe the image between the brackets: ![Beschreibung](bild.jpg)");
        }
        Optional<String> url = rewrite(image.getUrl().toString(), image, true);
        if (url.isPresent()) {
            image.setUrl(BasedSequence.of(url.get()));
        } else {
            image.unlink();
        }
    }

    /** The new URL, or empty when the link must go (its text stays). */
    private Optional<String> rewrite(String url, Node node, boolean isImage) {
        if (url.isEmpty()) {
            context.diagnostics().warning(context.file(), position(node), "link without a target",
                    "write the address between the parentheses: [Text](adresse)");
            return Optional.of(url);
        }
        if (url.startsWith("#")) {
            return Optional.of(url);
        }
        // Flexmark decodes entities and backslash escapes when it renders a URL, and browsers drop
        // tabs and newlines in it, so "javascript&#58;…", "javascript\\:…" and "java&#9;script:…" must be
        // judged by what the browser will see, not by what was written.
        var scheme = SCHEME.matcher(asBrowserSeesIt(url));
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (SAFE_SCHEMES.contains(name) || context.unsafeHtml()) {
                if (isImage && !context.unsafeHtml()) {
                    context.diagnostics().warning(context.file(), position(node),
                            "image loaded from another host: " + url,
                            "put the image beside the article; the site loads nothing from other hosts");
                }
                return Optional.of(url);
            }
            context.diagnostics().warning(context.file(), position(node),
                    "link to \"" + name + ":\" removed (only http, https, mailto and tel are allowed)");
            return Optional.empty();
        }
        if (url.startsWith("//")) {
            return Optional.of(url);
        }
        if (url.startsWith("/")) {
            return Optional.of(context.baseUrl().link(url));
        }
        return rewriteRelative(url, node);
    }

    /** A path relative to the article's file; empty when the link must go. */
    private Optional<String> rewriteRelative(String url, Node node) {
        int cut = indexOfAny(url, '#', '?');
        String pathPart = cut < 0 ? url : url.substring(0, cut);
        String suffix = cut < 0 ? "" : url.substring(cut);
        Path folder = context.markdownFile().toAbsolutePath().normalize().getParent();
        Path target;
        try {
            target = folder.resolve(URLDecoder.decode(pathPart.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        } catch (IllegalArgumentException e) { // also InvalidPathException
            context.diagnostics().warning(context.file(), position(node), "link to \"" + url + "\" is not a valid path");
            return Optional.of(url);
        }
        if (pathPart.endsWith(".md") || pathPart.endsWith(".markdown")) {
            return contentLink(url, target, suffix, node);
        }
        if (pathPart.isEmpty() || !Files.isRegularFile(target)) {
            // not a file beside the article: left as written; the audit of the page judges it
            return Optional.of(url);
        }
        // judged once symbolic links are followed too: a link in content/ to /etc/passwd passes the
        // check on the written path, and its target would be published
        if (!target.startsWith(context.contentRoot()) || !isReallyInside(target, context.contentRoot())) {
            context.diagnostics().error(context.file(), position(node), "link to \"" + url + "\" points outside the content folder",
                    "keep published files inside content/, beside the article");
            return Optional.empty();
        }
        String name = target.startsWith(folder) ? folder.relativize(target).toString().replace('\\', '/')
                : target.getFileName().toString();
        if (isHidden(context.contentRoot().relativize(target))) {
            context.diagnostics().warning(context.file(), position(node), "link to \"" + url
                    + "\", a file kiezpress ignores (its name or folder starts with _ or .)", "rename it to publish it");
            return Optional.empty();
        }
        String output = context.outputDir() + name;
        resources.putIfAbsent(output, new Resource(target, output));
        return Optional.of(context.baseUrl().link("/" + output) + suffix);
    }

    /** Names starting with {@code _} or {@code .} are never published, as for content files. */
    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith("_") || name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private Optional<String> contentLink(String url, Path target, String suffix, Node node) {
        Optional<LinkTargets.Target> found = context.targets().find(target);
        if (found.isEmpty()) {
            context.diagnostics().error(context.file(), position(node), "link to a missing file \"" + url + "\"",
                    "check the path; it is relative to this file");
            return Optional.empty();
        }
        if (found.get().isBroken()) {
            // the target's own errors are reported; a second error for every link to it would bury them
            return Optional.empty();
        }
        if (!found.get().published()) {
            context.diagnostics().warning(context.file(), position(node), "link to \"" + url
                    + "\", which is not published in this build (a draft, or dated in the future, or expired)");
        }
        return Optional.of(context.baseUrl().link(found.get().url()) + suffix);
    }

    private static boolean isReallyInside(Path file, Path folder) {
        try {
            return file.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static String asBrowserSeesIt(String url) {
        return Escaping.unescapeString(url).replaceAll("[\\t\\n\\r]", "").replaceFirst("^[\\x00-\\x20]+", "");
    }

    private Position position(Node node) {
        return context.lines().at(node.getStartOffset());
    }

    /** Replaces a link by its text. */
    private static void unwrap(Node link) {
        Node child = link.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            link.insertBefore(child);
            child = next;
        }
        link.unlink();
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
