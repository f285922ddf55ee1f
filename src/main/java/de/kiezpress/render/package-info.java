/** Plans every output file with the inputs it is made from, renders and audits pages in parallel, writes them. */
package de.kiezpress.render;
