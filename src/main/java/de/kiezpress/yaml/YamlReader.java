package de.kiezpress.yaml;

import de.kiezpress.diag.Diagnostics;
import de.kiezpress.diag.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML document safely. SnakeYAML only composes the node graph (it never constructs
 * Java objects from tags), aliases, nesting and size are limited, and the graph is copied into
 * {@link YamlNode}s with a bound on the number of nodes, so an alias bomb or a cycle cannot blow up.
 */
public final class YamlReader {
    /** Limits chosen far above any real front matter or site settings, far below harm. */
    public record Limits(int maxCodePoints, int maxAliases, int maxDepth, int maxNodes) {
        public static final Limits DEFAULT = new Limits(256 * 1024, 20, 20, 5_000);
    }

    private static final Set<Tag> ALLOWED_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

    private final Limits limits;

    public YamlReader(Limits limits) {
        this.limits = limits;
    }

    public YamlReader() {
        this(Limits.DEFAULT);
    }

    /**
     * Parses {@code text} as YAML; problems go to {@code diagnostics} against {@code file}, with
     * line numbers moved down by {@code lineOffset} (the lines before the YAML in that file).
     *
     * @return the root node, or empty when the text is empty or could not be read
     */
    public Optional<YamlNode> read(String text, String file, int lineOffset, Diagnostics diagnostics) {
        if (text.codePointCount(0, text.length()) > limits.maxCodePoints()) {
            diagnostics.error(file, Position.line(1 + lineOffset),
                    "the YAML is too large (more than " + limits.maxCodePoints() / 1024 + " KB)");
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(Math.max(limits.maxCodePoints(), 1));
        options.setProcessComments(false);
        // Let SnakeYAML compose nodes with any tag (it constructs nothing here), so that the
        // Converter refuses every tag we do not read with one clear message at its position.
        options.setTagInspector(tag -> true);
        Node root;
        TrackingParser parser = new TrackingParser(new ParserImpl(new StreamReader(text), options));
        try {
            Composer composer = new Composer(parser, new Resolver(), options);
            root = composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            Position at = toPosition(markOf(e), lineOffset);
            diagnostics.error(file, at, "YAML syntax error: " + describeProblem(e), hintFor(e));
            return Optional.empty();
        } catch (YAMLException e) {
            // The limits (aliases, nesting) throw without a position: the event read last is where it broke.
            diagnostics.error(file, toPosition(parser.lastMark, lineOffset), "the YAML cannot be read: " + limitMessage(e.getMessage()));
            return Optional.empty();
        }
        if (root == null) {
            return Optional.empty();
        }
        Converter converter = new Converter(file, lineOffset, diagnostics);
        YamlNode node = converter.convert(root, 0);
        if (converter.tooBig) {
            return Optional.empty();
        }
        return Optional.ofNullable(node);
    }

    private static Position toPosition(Mark mark, int lineOffset) {
        if (mark == null) {
            return Position.line(1 + lineOffset);
        }
        return Position.of(mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private static String describeProblem(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "unreadable" : e.getProblem();
        String context = e.getContext();
        return context == null ? problem : context + ", " + problem;
    }

    /**
     * Where the mistake is: usually where SnakeYAML stumbled, but a quote, [ or { left open is only
     * noticed lines later (often at the end of the front matter), so then where it was opened.
     */
    private static Mark markOf(MarkedYAMLException e) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        if (problem == null || context != null && isUnclosed(e) && problem.getLine() > context.getLine()) {
            return context;
        }
        return problem;
    }

    private static boolean isUnclosed(MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext();
        return context.contains("quoted scalar") || context.contains("flow sequence") || context.contains("flow mapping");
    }

    private static String hintFor(MarkedYAMLException e) {
        String context = e.getContext() == null ? "" : e.getContext();
        if (markOf(e) == e.getContextMark() && isUnclosed(e)) {
            return context.contains("quoted scalar") ? "close the quote at the end of the value"
                    : context.contains("flow sequence") ? "close the list with ]" : "close the group with }";
        }
        return hintFor(e.getProblem());
    }

    private static String hintFor(String problem) {
        if (problem == null) {
            return "";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "put the value in quotes when it contains \": \"";
        }
        if (problem.contains("could not find expected ':'")) {
            return "every line needs the form \"key: value\"";
        }
        // SnakeYAML writes the tab as "'\t(TAB)'", so look for that, not for "'\t'"
        if (problem.contains("\\t(TAB)")) {
            return "indent with spaces, not tabs";
        }
        return "";
    }

    /** A tag as the user wrote it: {@code !!binary} rather than {@code tag:yaml.org,2002:binary}. */
    private static String shown(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }

    private static String limitMessage(String message) {
        if (message == null) {
            return "unknown problem";
        }
        if (message.contains("aliases")) {
            return "it uses too many aliases (*name)";
        }
        if (message.contains("Nesting Depth")) {
            return "it is nested too deeply";
        }
        if (message.contains("code points")) {
            return "it is too large";
        }
        return message;
    }

    /** Remembers where the event read last started, so that errors without a mark can still name their line. */
    private static final class TrackingParser implements Parser {
        private final Parser parser;
        private Mark lastMark;

        TrackingParser(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = parser.getEvent();
            lastMark = event.getStartMark();
            return event;
        }
    }

    /** Copies SnakeYAML's graph into our tree, reporting what we do not accept. */
    private final class Converter {
        private final String file;
        private final int lineOffset;
        private final Diagnostics diagnostics;
        private final Map<Node, Boolean> onPath = new IdentityHashMap<>();
        private int nodes;
        private boolean tooBig;
        private Position branch;

        Converter(String file, int lineOffset, Diagnostics diagnostics) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.diagnostics = diagnostics;
        }

        YamlNode convert(Node node, int depth) {
            if (tooBig) {
                return null;
            }
            if (depth == 1) {
                branch = position(node);
            }
            if (++nodes > limits.maxNodes() || depth > limits.maxDepth() || onPath.containsKey(node)) {
                tooBig = true;
                // A value reached through aliases carries the position of its anchor, far from the
                // alias that repeats it; point at the top-level value that expands too far instead.
                Position at = onPath.containsKey(node) || branch == null ? position(node) : branch;
                diagnostics.error(file, at,
                        "the YAML expands to too many values (an alias refers to itself or is repeated too often)");
                return null;
            }
            if (!ALLOWED_TAGS.contains(node.getTag())) {
                diagnostics.error(file, position(node), "unsupported YAML tag " + shown(node.getTag()),
                        "remove the tag; only plain text, numbers, true/false, dates, lists and keys are read");
                return null;
            }
            onPath.put(node, Boolean.TRUE);
            try {
                if (node instanceof ScalarNode scalar) {
                    return new YamlScalar(scalar.getValue(), kindOf(scalar), position(node));
                }
                if (node instanceof SequenceNode sequence) {
                    List<YamlNode> items = new ArrayList<>();
                    for (Node child : sequence.getValue()) {
                        YamlNode item = convert(child, depth + 1);
                        if (item != null) {
                            items.add(item);
                        }
                    }
                    return new YamlList(items, position(node));
                }
                return convertMap((MappingNode) node, depth);
            } finally {
                onPath.remove(node);
            }
        }

        private YamlNode convertMap(MappingNode map, int depth) {
            List<YamlMap.Entry> entries = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (NodeTuple tuple : map.getValue()) {
                if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                    diagnostics.error(file, position(tuple.getKeyNode()), "a key must be a plain name");
                    continue;
                }
                YamlScalar key = new YamlScalar(keyNode.getValue(), YamlScalar.Kind.STRING, position(keyNode));
                if (!seen.add(key.value())) {
                    diagnostics.error(file, key.position(), "the key \"" + key.value() + "\" appears twice",
                            "keep one of them");
                    continue;
                }
                YamlNode value = convert(tuple.getValueNode(), depth + 1);
                if (value != null) {
                    entries.add(new YamlMap.Entry(key, value));
                }
            }
            return new YamlMap(entries, position(map));
        }

        private YamlScalar.Kind kindOf(ScalarNode scalar) {
            if (!scalar.isPlain()) {
                return YamlScalar.Kind.STRING;
            }
            Tag tag = scalar.getTag();
            if (Tag.INT.equals(tag)) {
                return YamlScalar.Kind.INTEGER;
            } else if (Tag.FLOAT.equals(tag)) {
                return YamlScalar.Kind.FLOAT;
            } else if (Tag.BOOL.equals(tag)) {
                return YamlScalar.Kind.BOOLEAN;
            } else if (Tag.NULL.equals(tag)) {
                return YamlScalar.Kind.NULL;
            } else if (Tag.TIMESTAMP.equals(tag)) {
                return YamlScalar.Kind.TIMESTAMP;
            }
            return YamlScalar.Kind.STRING;
        }

        private Position position(Node node) {
            return toPosition(node.getStartMark(), lineOffset);
        }
    }
}
