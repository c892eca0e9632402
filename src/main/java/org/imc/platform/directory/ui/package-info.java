/** The directory's pages, and the network map that other pages show too. */
@org.springframework.modulith.NamedInterface("ui")
package org.imc.platform.directory.ui;
