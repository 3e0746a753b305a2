/** Aggregation of a model to coarser sectors with a sector-to-group mapping. */
package org.ripple.core.aggregation;
