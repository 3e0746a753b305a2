/**
 * Reading model folders (model.yaml, sectors.csv, transactions.csv or transactions-long.csv, industry.csv) and models
 * bundled in the jar into {@link org.ripple.core.Model}, with metadata and warnings kept alongside
 * ({@link org.ripple.cli.model.LoadedModel}).
 */
package org.ripple.cli.model;
