package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.BODY;
import static org.electionatlas.model.EntityKind.EVENT;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;

/** The standard rule catalogue, ordered by id. */
final class Catalogue {

  private Catalogue() {}

  /** The rules, ordered by id. */
  static final ImmutableList<Rule> RULES =
      ImmutableList.sortedCopyOf(
          Comparator.comparing((Rule rule) -> rule.info().id()),
          List.of(
              new IdMalformedRule(),
              new IdDuplicateRule(),
              PersianTextRule.arabicLetters(),
              PersianTextRule.arabicIndicDigits(),
              PersianTextRule.missingZwnj(),
              new TextUnsafeCharacterRule(),
              new ElectionContestDuplicateRule(),
              new ElectionWithoutContestRule(),
              new DateImplausibleRule(),
              new ProvinceCodeInvalidRule(),
              new ProvinceCodeDuplicateRule(),
              new ProvinceCodeNameMismatchRule(),
              new ProvinceBoundingBoxInvalidRule(),
              new ProvinceDeclaredStationsMismatchRule(),
              new CountyWithoutStationRule(),
              new CountyEligibleVotersInvalidRule(),
              CountyCoverageRule.low(),
              CountyCoverageRule.high(),
              new CountyConstituencyMissingRule(),
              new CountyConstituencyMultipleRule(),
              new ConstituencySeatsInvalidRule(),
              new ConstituencyContestNotHeldRule(),
              new ConstituencyWithoutCountyRule(),
              new StationNumberInvalidRule(),
              new StationNumberDuplicateRule(),
              new StationNumberGapRule(),
              new StationLocationInvalidRule(),
              new StationLocationOutsideIranRule(),
              new StationLocationOutsideProvinceRule(),
              new StationLocationDuplicateRule(),
              new StationLocationFarFromCountyRule(),
              new StationVotersInvalidRule(),
              new StationVotersOverMaximumRule(),
              new StationOfficialsTooFewRule(),
              new StationObserverMissingRule(),
              new StationHighRiskUnaddressedRule(),
              new StationElectronicUnapprovedRule(),
              new StationElectronicApprovalPendingRule(),
              new ScopeIdAmbiguousRule(),
              new ApprovalDecisionDateMissingRule(),
              new ApprovalPendingButDecidedRule(),
              new ApprovalDecidedBeforeRequestedRule(),
              new EventEndBeforeStartRule(),
              new EventOutsideParentRule(),
              new EventAfterVotingDayRule(),
              new IssueCriticalOpenRule(),
              new IssueResolvedWithoutMitigationRule(),
              new StationRemovedUnexplainedRule(),
              new StationMovedFarRule(),
              new StationVotersChangedRule(),
              new CountyStationsLostRule(),
              new IssueDroppedUnresolvedRule(),
              new BodyJurisdictionLevelMismatchRule(),
              new ParentCycleRule(EVENT, "event-parent-cycle"),
              new ParentCycleRule(BODY, "body-parent-cycle"),
              References.STATION_COUNTY,
              References.COUNTY_PROVINCE,
              References.CONSTITUENCY_COUNTY,
              References.BODY_PARENT,
              References.BODY_JURISDICTION,
              References.EVENT_PARENT,
              References.EVENT_ORGANIZER,
              References.EVENT_PARTICIPANT,
              References.EVENT_PROVINCE,
              References.ISSUE_SCOPE,
              References.ISSUE_OWNER,
              References.APPROVAL_SCOPE,
              References.APPROVAL_AUTHORITY));
}
