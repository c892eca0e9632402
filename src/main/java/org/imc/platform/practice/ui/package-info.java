/** The practice library's pages, and the list of matching practices other pages show. */
@org.springframework.modulith.NamedInterface("ui")
package org.imc.platform.practice.ui;
