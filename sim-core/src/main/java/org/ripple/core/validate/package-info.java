/**
 * Model validation as data: {@link org.ripple.core.validate.ModelValidator} checks a {@link org.ripple.core.Model}
 * (finite numbers, negative flows by cell, zero-output sectors, column sums of A, productivity of the Type I and
 * Type II systems, column balances) and returns {@link org.ripple.core.validate.Finding}s, each an error or a warning
 * naming the sector or cell. {@link org.ripple.core.validate.MemoryPreflight} refuses dense models that cannot fit in
 * the heap before anything is allocated. Callers decide how to print findings; errors must stop a run.
 */
package org.ripple.core.validate;
