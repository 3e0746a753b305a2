/** Concordances from industry codes people use (NAICS) to a model's sectors, and model aggregation. */
package org.ripple.cli.concordance;
