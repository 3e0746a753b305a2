/**
 * Regionalisation of a national input-output table with location quotients (SLQ, CILQ, FLQ, AFLQ) and a comparison
 * with trade-based regional purchase coefficients.
 */
package org.ripple.core.build.regional;
