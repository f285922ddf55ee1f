/** The site's settings: the {@link de.kiezpress.config.SiteConfig} record and its validated loading from kiezpress.yaml. */
package de.kiezpress.config;
