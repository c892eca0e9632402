/** The fund's pages, and the loan layer that the results page's map shows too. */
@org.springframework.modulith.NamedInterface("ui")
package org.imc.platform.fund.ui;
