/**
 * Supply-use (make/use) tables to symmetric input-output tables: the industry-technology build with BEA's scrap
 * adjustment (industry by industry) and the commodity-technology build (product by product). Plain arrays in and
 * out; readers live in sim-cli.
 */
package org.ripple.core.supplyuse;
