package de.kiezpress.yaml;

import de.kiezpress.diag.Position;

/** A YAML value with the position it was written at: a scalar, a list or a map. */
public sealed interface YamlNode permits YamlScalar, YamlList, YamlMap {
    Position position();

    /** What a user would call this kind of value, for messages ("a list", "text"). */
    String describe();
}
