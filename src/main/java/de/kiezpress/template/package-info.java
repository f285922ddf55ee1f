/**
 * Themes (lookup and {@code extends}), their i18n strings, the Pebble engine with autoescaping on,
 * and the view records templates see. View records use {@code null} for "absent", because that is
 * what Pebble's {@code if} understands.
 */
package de.kiezpress.template;
