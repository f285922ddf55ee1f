package de.kiezpress.yaml;

import de.kiezpress.diag.Position;
import java.util.List;

/** A YAML sequence. */
public record YamlList(List<YamlNode> items, Position position) implements YamlNode {
    public YamlList {
        items = List.copyOf(items);
    }

    @Override
    public String describe() {
        return "a list";
    }
}
