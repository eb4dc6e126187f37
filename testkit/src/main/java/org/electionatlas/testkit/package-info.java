/**
 * What tests of code that uses atlases need: ready atlases ({@link
 * org.electionatlas.testkit.Fixtures}, {@link org.electionatlas.testkit.AtlasFixtures}), AssertJ
 * assertions on atlases and validation reports ({@link org.electionatlas.testkit.AtlasAssertions}),
 * and a JUnit 5 extension that injects atlases into test methods ({@link
 * org.electionatlas.testkit.AtlasExtension}).
 *
 * <pre>{@code
 * @ExtendWith(AtlasExtension.class)
 * class MyToolTest {
 *   @Test
 *   void reportsTheUnknownCounty(@Fixture("kerman-1402") Atlas kerman) {
 *     Atlas broken = AtlasFixtures.from(kerman).withStation(s -> s.county("nope")).build();
 *     assertThat(Validator.standard().validate(broken))
 *         .hasViolation("station-county-unknown")
 *         .at("/pollingStations/0/county");
 *   }
 * }
 * }</pre>
 */
@NullMarked
package org.electionatlas.testkit;

import org.jspecify.annotations.NullMarked;
