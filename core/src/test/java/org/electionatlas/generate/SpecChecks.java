package org.electionatlas.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.electionatlas.model.Approval;
import org.electionatlas.model.ApprovalStatus;
import org.electionatlas.model.ApprovalSubject;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.AtlasIndex;
import org.electionatlas.model.Body;
import org.electionatlas.model.BoundingBox;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.Contest;
import org.electionatlas.model.County;
import org.electionatlas.model.EntityKind;
import org.electionatlas.model.Event;
import org.electionatlas.model.EventKind;
import org.electionatlas.model.Identified;
import org.electionatlas.model.Issue;
import org.electionatlas.model.IssueSeverity;
import org.electionatlas.model.IssueStatus;
import org.electionatlas.model.LocalizedName;
import org.electionatlas.model.Location;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;
import org.electionatlas.model.RiskLevel;
import org.electionatlas.model.VotingMethod;

/**
 * The whole rule catalogue of SPEC §4, written out as plain checks with the default policy's
 * thresholds. The standard validator grows its catalogue rule by rule; these checks let the
 * generator's tests hold it to the full catalogue now, whatever the validator has so far.
 */
final class SpecChecks {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern ISO = Pattern.compile("IR-(0\\d|1\\d|2\\d|30)");
  private static final BoundingBox IRAN = BoundingBox.of(25.0, 44.0, 39.8, 63.4);

  private final Atlas atlas;
  private final AtlasIndex index;
  private final List<String> problems = new ArrayList<>();

  private SpecChecks(Atlas atlas) {
    this.atlas = atlas;
    this.index = atlas.index();
  }

  /** Every way the atlas breaks the catalogue, one line each; empty when it breaks none. */
  static List<String> problems(Atlas atlas) {
    SpecChecks checks = new SpecChecks(atlas);
    checks.identity();
    checks.geography();
    checks.stations();
    checks.approvals();
    checks.events();
    checks.issues();
    checks.persianText();
    return checks.problems;
  }

  private void problem(String text) {
    problems.add(text);
  }

  private void identity() {
    Set<String> everyId = new HashSet<>();
    for (EntityKind kind : EntityKind.values()) {
      for (Identified entity : kind.entitiesOf(atlas)) {
        if (!ID.matcher(entity.id()).matches()) {
          problem("malformed id " + entity.id());
        }
        // Unique across kinds, not only per kind: scopes name ids of several kinds.
        if (!everyId.add(entity.id())) {
          problem("repeated id " + entity.id());
        }
      }
    }
    atlas.counties().forEach(c -> expect(EntityKind.PROVINCE, c.province(), c.id()));
    atlas.pollingStations().forEach(s -> expect(EntityKind.COUNTY, s.county(), s.id()));
    atlas
        .constituencies()
        .forEach(c -> c.counties().forEach(county -> expect(EntityKind.COUNTY, county, c.id())));
    for (Body body : atlas.bodies()) {
      body.parent().ifPresent(parent -> expect(EntityKind.BODY, parent, body.id()));
      body.jurisdiction()
          .ifPresent(
              place -> {
                if (!index.contains(EntityKind.PROVINCE, place)
                    && !index.contains(EntityKind.COUNTY, place)) {
                  problem(body.id() + " has unknown jurisdiction " + place);
                }
              });
    }
    for (Event event : atlas.events()) {
      event.parent().ifPresent(parent -> expect(EntityKind.EVENT, parent, event.id()));
      event.organizer().ifPresent(body -> expect(EntityKind.BODY, body, event.id()));
      event.provinces().forEach(province -> expect(EntityKind.PROVINCE, province, event.id()));
      event.participants().stream()
          .flatMap(p -> p.body().stream())
          .forEach(body -> expect(EntityKind.BODY, body, event.id()));
    }
    for (Issue issue : atlas.issues()) {
      issue.scope().forEach(id -> expectPlace(id, issue.id()));
      issue.owner().ifPresent(body -> expect(EntityKind.BODY, body, issue.id()));
    }
    for (Approval approval : atlas.approvals()) {
      approval.scope().forEach(id -> expectPlace(id, approval.id()));
      expect(EntityKind.BODY, approval.authority(), approval.id());
    }
  }

  private void expect(EntityKind kind, String id, String from) {
    if (!index.contains(kind, id)) {
      problem(from + " names unknown " + kind.noun() + " " + id);
    }
  }

  private void expectPlace(String id, String from) {
    if (!index.contains(EntityKind.PROVINCE, id)
        && !index.contains(EntityKind.COUNTY, id)
        && !index.contains(EntityKind.CONSTITUENCY, id)
        && !index.contains(EntityKind.POLLING_STATION, id)) {
      problem(from + " names unknown place " + id);
    }
  }

  private void geography() {
    for (Province province : atlas.provinces()) {
      if (!ISO.matcher(province.code()).matches()) {
        problem(province.id() + " has code " + province.code());
      }
    }
    for (Contest contest : atlas.election().contests()) {
      Map<String, Integer> memberships = new HashMap<>();
      for (Constituency constituency : atlas.constituencies()) {
        if (constituency.contest() == contest.kind()) {
          constituency.counties().forEach(county -> memberships.merge(county, 1, Integer::sum));
        }
      }
      for (County county : atlas.counties()) {
        int times = memberships.getOrDefault(county.id(), 0);
        if (times != 1) {
          problem(county.id() + " is in " + times + " constituencies of " + contest.kind());
        }
      }
    }
    for (Constituency constituency : atlas.constituencies()) {
      if (constituency.seats() < 1) {
        problem(constituency.id() + " has " + constituency.seats() + " seats");
      }
      if (constituency.counties().isEmpty()) {
        problem(constituency.id() + " has no county");
      }
      if (atlas.election().contests().stream().noneMatch(c -> c.kind() == constituency.contest())) {
        problem(constituency.id() + " belongs to a contest not held");
      }
    }
    Set<String> points = new HashSet<>();
    for (PollingStation station : atlas.pollingStations()) {
      if (station.location().isEmpty()) {
        problem(station.id() + " has no location");
        continue;
      }
      Location at = station.location().get();
      if (!IRAN.contains(at)) {
        problem(station.id() + " is outside Iran at " + at);
      }
      index
          .provinceOf(station)
          .flatMap(Province::boundingBox)
          .filter(box -> !box.contains(at))
          .ifPresent(box -> problem(station.id() + " is outside its province at " + at));
      if (!points.add(station.county() + " " + at.lat() + " " + at.lon())) {
        problem(station.id() + " shares its point with another station of its county");
      }
    }
    for (Province province : atlas.provinces()) {
      province
          .boundingBox()
          .filter(box -> !(box.minLat() < box.maxLat() && box.minLon() < box.maxLon()))
          .ifPresent(box -> problem(province.id() + " has an empty box"));
    }
  }

  private void stations() {
    Map<String, Integer> perProvince = new HashMap<>();
    for (County county : atlas.counties()) {
      List<PollingStation> stations = index.stationsOf(county.id());
      if (stations.isEmpty()) {
        problem(county.id() + " has no station");
      }
      Set<Integer> numbers = new HashSet<>();
      long expected = 0;
      for (PollingStation station : stations) {
        numbers.add(station.number());
        expected += station.expectedVoters();
      }
      for (int n = 1; n <= stations.size(); n++) {
        if (!numbers.contains(n)) {
          problem(county.id() + " has no station number " + n);
        }
      }
      if (numbers.size() != stations.size()) {
        problem(county.id() + " repeats a station number");
      }
      if (county.eligibleVoters().isEmpty()) {
        problem(county.id() + " has no eligible voters");
      } else {
        double coverage = expected / (double) county.eligibleVoters().getAsInt();
        if (coverage < 0.8 || coverage > 1.1) {
          problem(county.id() + " covers " + coverage + " of its voters");
        }
      }
      perProvince.merge(county.province(), stations.size(), Integer::sum);
    }
    for (Province province : atlas.provinces()) {
      int actual = perProvince.getOrDefault(province.id(), 0);
      if (province.declaredStations().isEmpty()
          || province.declaredStations().getAsInt() != actual) {
        problem(province.id() + " declares " + province.declaredStations() + " but has " + actual);
      }
    }
    Set<String> named = new HashSet<>();
    atlas.issues().forEach(issue -> named.addAll(issue.scope()));
    for (PollingStation station : atlas.pollingStations()) {
      if (station.expectedVoters() <= 0 || station.expectedVoters() > 2_500) {
        problem(station.id() + " expects " + station.expectedVoters());
      }
      if (station.staff().isEmpty()
          || station.staff().get().officials() < 5
          || station.staff().get().observers() < 1) {
        problem(station.id() + " is understaffed: " + station.staff());
      }
      if (station.risk().isPresent()
          && station.risk().get().level() == RiskLevel.HIGH
          && !named.contains(station.id())) {
        problem(station.id() + " is high-risk but no issue names it");
      }
    }
  }

  private void approvals() {
    for (PollingStation station : atlas.pollingStations()) {
      if (station.votingMethod() != VotingMethod.ELECTRONIC) {
        continue;
      }
      boolean approved = false;
      for (Approval approval : atlas.approvals()) {
        if (approval.subject() == ApprovalSubject.ELECTRONIC_VOTING && covers(approval, station)) {
          if (approval.status() != ApprovalStatus.APPROVED) {
            problem(station.id() + " is covered by the " + approval.status() + " " + approval.id());
          }
          approved |= approval.status() == ApprovalStatus.APPROVED;
        }
      }
      if (!approved) {
        problem(station.id() + " votes electronically without approval");
      }
    }
    for (Approval approval : atlas.approvals()) {
      approval
          .decidedOn()
          .filter(day -> !day.isBefore(atlas.election().votingDay()))
          .ifPresent(day -> problem(approval.id() + " is decided on or after voting day"));
      if (approval.status() != ApprovalStatus.PENDING && approval.decidedOn().isEmpty()) {
        problem(approval.id() + " is decided but has no date");
      }
    }
  }

  private boolean covers(Approval approval, PollingStation station) {
    County county = index.county(station.county()).orElseThrow();
    boolean inScope =
        approval.scope().contains(station.id())
            || approval.scope().contains(county.id())
            || approval.scope().contains(county.province())
            || index.constituenciesOf(county.id()).stream()
                .anyMatch(c -> approval.scope().contains(c.id()));
    return inScope
        && (approval.settlements().isEmpty()
            || station
                .settlement()
                .map(s -> approval.settlements().contains(s.name()))
                .orElse(false));
  }

  private void events() {
    for (Event event : atlas.events()) {
      if (event.end().latest().isBefore(event.start().earliest())) {
        problem(event.id() + " ends before it starts");
      }
      if (!event.end().date().isBefore(atlas.election().votingDay())
          && (event.kind() == EventKind.TRAINING || event.kind() == EventKind.WORKSHOP)) {
        problem(event.id() + " is not before voting day");
      }
      if (!event.start().date().isBefore(atlas.election().votingDay())) {
        problem(event.id() + " starts on or after voting day");
      }
      event
          .parent()
          .flatMap(index::event)
          .filter(
              parent ->
                  event.start().earliest().isBefore(parent.start().earliest())
                      || event.end().latest().isAfter(parent.end().latest()))
          .ifPresent(parent -> problem(event.id() + " lies outside " + parent.id()));
    }
  }

  private void issues() {
    for (Issue issue : atlas.issues()) {
      if (issue.severity() == IssueSeverity.CRITICAL && issue.status() == IssueStatus.OPEN) {
        problem(issue.id() + " is critical and open");
      }
      if (issue.status() == IssueStatus.RESOLVED && issue.mitigation().isEmpty()) {
        problem(issue.id() + " is resolved without mitigation");
      }
      if (issue.observedIn().contains(atlas.election().id())) {
        problem(issue.id() + " was observed in the election it prepares");
      }
    }
  }

  /** Arabic yeh and kaf, Arabic-Indic digits, and a space where a ZWNJ belongs. */
  private void persianText() {
    List<LocalizedName> names = new ArrayList<>();
    names.add(atlas.election().name());
    atlas.provinces().forEach(p -> names.add(p.name()));
    atlas.counties().forEach(c -> names.add(c.name()));
    atlas.constituencies().forEach(c -> names.add(c.name()));
    atlas.bodies().forEach(b -> names.add(b.name()));
    atlas.events().forEach(e -> names.add(e.title()));
    atlas.issues().forEach(i -> names.add(i.title()));
    atlas.issues().forEach(i -> i.mitigation().ifPresent(names::add));
    Set<String> texts = new HashSet<>();
    names.forEach(name -> texts.add(name.fa()));
    for (PollingStation station : atlas.pollingStations()) {
      texts.add(station.name().fa());
      station.address().ifPresent(texts::add);
      station.settlement().ifPresent(s -> texts.add(s.name().fa()));
    }
    Pattern stray = Pattern.compile("(^|\\s)می\\s|\\sها(ی)?(\\s|$)");
    for (String text : texts) {
      if (text.indexOf('\u064A') >= 0 || text.indexOf('\u0643') >= 0) {
        problem("Arabic letter in " + text);
      }
      if (text.chars().anyMatch(c -> c >= '\u0660' && c <= '\u0669')) {
        problem("Arabic-Indic digit in " + text);
      }
      if (stray.matcher(text).find()) {
        problem("a space where a ZWNJ belongs in " + text);
      }
    }
  }
}
