/**
 * Builders that turn published statistics into a {@link org.ripple.core.Model}: pure arithmetic on arrays that a
 * reader at the edge has already parsed and aligned to one sector order. Nothing here reads files or knows a file
 * format; every bad number (negative, missing, zero output, shares that do not add up) is an
 * {@link java.lang.IllegalArgumentException} naming the sector, never a guess.
 */
package org.ripple.core.provincial;
