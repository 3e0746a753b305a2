/**
 * Building bundled models from published data, at the edge: a strict little CSV reader for the twedl/qge source
 * files ({@code QgeCsv}), the alignment of one province's numbers to one sector order ({@code QgeSource}, with the
 * stable sector codes in {@code QgeSectors}), the {@code quebec-2021} recipe with the words that go into model.yaml
 * ({@link org.ripple.cli.statcan.Quebec2021}), the ten-province {@code canada-provinces-2021} recipe
 * ({@link org.ripple.cli.statcan.CanadaProvinces2021}), and the {@code qge-provincial} recipe kind that builds either
 * ({@link org.ripple.cli.statcan.QgeRecipe}). The arithmetic itself is in
 * {@link org.ripple.core.provincial.ProvincialModelBuilder} and
 * {@link org.ripple.core.provincial.MultiRegionalModelBuilder}.
 */
package org.ripple.cli.statcan;
