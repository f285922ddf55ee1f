package de.kiezpress.yaml;

import de.kiezpress.diag.Position;
import java.util.List;
import java.util.Optional;

/** A YAML mapping with text keys, in the order written (duplicates already reported and dropped). */
public record YamlMap(List<Entry> entries, Position position) implements YamlNode {

    /** One {@code key: value} pair; the key keeps its own position for "unknown key" messages. */
    public record Entry(YamlScalar key, YamlNode value) {
        public String name() {
            return key.value();
        }
    }

    public YamlMap {
        entries = List.copyOf(entries);
    }

    public Optional<YamlNode> find(String key) {
        return entries.stream().filter(e -> e.name().equals(key)).map(Entry::value).findFirst();
    }

    public Optional<Entry> findEntry(String key) {
        return entries.stream().filter(e -> e.name().equals(key)).findFirst();
    }

    @Override
    public String describe() {
        return "a group of keys";
    }
}
