/** Markdown to safe HTML with Flexmark: German typography, heading ids and shift, content links, sanitising. */
package de.kiezpress.markdown;
