/**
 * Regionalisation of a national input-output table with location quotients (SLQ, CILQ, FLQ, AFLQ), a regional model
 * built from a national one and the region's employment or output ({@link
 * org.ripple.core.regionalisation.LqRegionalisation}), and a comparison with trade-based regional purchase coefficients.
 */
package org.ripple.core.regionalisation;
