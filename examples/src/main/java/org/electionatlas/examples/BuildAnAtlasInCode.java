package org.electionatlas.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.electionatlas.io.AtlasJson;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.Contest;
import org.electionatlas.model.ContestKind;
import org.electionatlas.model.County;
import org.electionatlas.model.Election;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;
import org.electionatlas.model.Risk;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.Settlement;
import org.electionatlas.model.SettlementKind;
import org.electionatlas.model.Staff;
import org.electionatlas.model.StationKind;
import org.electionatlas.model.VotingMethod;

/**
 * Task: build an atlas in code, with the model's builders, and write it as an atlas JSON document.
 *
 * <p>The atlas is one county of Yazd province with two polling stations. It is written to the file
 * named by the first argument, or to standard output when there is none.
 */
public final class BuildAnAtlasInCode {

  private BuildAnAtlasInCode() {}

  /**
   * Runs the example.
   *
   * @param args the file to write, or nothing for standard output
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    run(args, System.out);
  }

  static void run(String[] args, PrintStream out) throws IOException {
    Atlas atlas = build();
    if (args.length > 0) {
      AtlasJson.standard().write(atlas, Path.of(args[0]));
      out.println("wrote " + args[0]);
    } else {
      out.print(AtlasJson.standard().write(atlas));
    }
  }

  /** The atlas: builders for every value, ids to connect them. */
  static Atlas build() {
    Election election =
        Election.builder()
            .id("iran-2024-03-01")
            .name(LocalizedName.of("انتخابات ۱۱ اسفند ۱۴۰۲", "Election of 1 March 2024"))
            .votingDay(LocalDate.of(2024, 3, 1))
            .addContest(Contest.of(ContestKind.MAJLIS, 12))
            .build();
    Province yazd =
        Province.builder()
            .id("yazd-province")
            .code("IR-21")
            .name(LocalizedName.of("یزد", "Yazd"))
            .declaredStations(2)
            .build();
    County meybod =
        County.builder()
            .id("meybod")
            .province(yazd.id())
            .name(LocalizedName.of("میبد", "Meybod"))
            .eligibleVoters(1_500)
            .build();
    Constituency constituency =
        Constituency.builder()
            .id("majlis-meybod")
            .contest(ContestKind.MAJLIS)
            .name(meybod.name())
            .addCounty(meybod.id())
            .seats(1)
            .build();
    Settlement city = Settlement.builder().name(meybod.name()).kind(SettlementKind.URBAN).build();
    PollingStation school =
        PollingStation.builder()
            .id("meybod-0001")
            .county(meybod.id())
            .number(1)
            .name(LocalizedName.of("دبستان فردوسی", "Ferdowsi Primary School"))
            .settlement(city)
            .location(Location.of(32.2301, 54.0120))
            .kind(StationKind.FIXED)
            .votingMethod(VotingMethod.PAPER)
            .expectedVoters(800)
            .accessible(true)
            .staff(Staff.of(5, 2))
            .risk(Risk.of(RiskLevel.LOW))
            .build();
    // A second station like the first: copy it and change what differs.
    PollingStation mosque =
        PollingStation.builder()
            .from(school)
            .id("meybod-0002")
            .number(2)
            .name(LocalizedName.of("مسجد جامع", "Jameh Mosque"))
            .location(Location.of(32.2382, 54.0075))
            .expectedVoters(600)
            .accessible(false)
            .build();
    return Atlas.builder()
        .election(election)
        .addProvince(yazd)
        .addCounty(meybod)
        .addConstituency(constituency)
        .addPollingStations(school, mosque)
        .build();
  }
}
