/**
 * Model recipes: a YAML file that names source tables (make/use tables, a symmetric table, or the qge provincial
 * files) and how to read them, and builds a model folder with {@code ripple model build RECIPE.yaml --out DIR}.
 * The arithmetic is in {@code org.ripple.core.supplyuse} and {@code org.ripple.core.provincial}; this package reads
 * files and words.
 */
package org.ripple.cli.recipe;
