/** Safe YAML reading into a small tree of plain values that remembers the line and column of every node. */
package de.kiezpress.yaml;
