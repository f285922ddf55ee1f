/** Walks content/, splits and reads front matter with positions, and resolves the files articles publish. */
package de.kiezpress.content.load;
