package org.credo.service.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's texts. English here; Simplified Chinese in {@code messages/msg_zh.properties}. Templates use them as
 * {@code {msg:name}}; regulation terms are not translated here but shown beside their codes ({@link RegulationTerms}).
 */
@MessageBundle(value = "msg", locale = "en")
public interface ConsoleMessages {
    @Message("Credo")
    String appName();

    @Message("Zhangzhou cross-border e-commerce pilot zone · credit and risk decisions")
    String appSubtitle();

    @Message("Language")
    String language();

    @Message("Sign out")
    String signOut();

    @Message("Sections")
    String sections();

    @Message("Overview")
    String navOverview();

    @Message("Rule sets")
    String navRuleSets();

    @Message("Decisions")
    String navDecisions();

    @Message("Decide")
    String navDecide();

    @Message("Enterprises")
    String navEnterprises();

    @Message("Every decision is recorded in a hash chain before it is answered. Chinese regulatory "
            + "terms are shown beside the codes of the HTTP contract.")
    String footer();

    @Message("Sign in")
    String signIn();

    @Message("Use your account for the Credo console. The same roles apply as on the API.")
    String signInLead();

    @Message("The user name or password is not correct.")
    String signInFailed();

    @Message("User name")
    String username();

    @Message("Password")
    String password();

    @Message("Demo accounts of the embedded default (password = user name)")
    String demoAccounts();

    @Message("Production uses single sign-on tokens and has no demo accounts.")
    String demoAccountsHint();

    @Message("customs and other systems: ask for decisions")
    String roleDecisionClient();

    @Message("market supervision staff: author and test rule sets")
    String roleRuleAuthor();

    @Message("approve and activate rule sets (never their own)")
    String roleRuleApprover();

    @Message("regulators: search, verify and replay decisions")
    String roleAuditor();

    @Message("Overview")
    String overviewTitle();

    @Message("Decisions made from {from} to {to}, what they came to, and how inspection selection "
            + "meets its target rate.")
    String overviewLead(java.time.LocalDate from, java.time.LocalDate to);

    @Message("Period")
    String period();

    @Message("last {days} days")
    String lastDays(int days);

    @Message("Active rule set")
    String activeRuleSet();

    @Message("Decisions in the period")
    String decisionsInPeriod();

    @Message("Decision types in use")
    String decisionTypesSeen();

    @Message("inspection, credit, FX, retail tax …")
    String typesHint();

    @Message("Decisions per day, by type")
    String chartPerDay();

    @Message("Outcomes by decision type")
    String chartPerOutcome();

    @Message("Inspection selection share by credit class, against the target rate")
    String chartSelection();

    @Message("Bars: the share of declarations selected. Red marks: the mean inspection rate the "
            + "rules set. Over many declarations the two meet.")
    String selectionHint();

    @Message("selected share")
    String selectedShare();

    @Message("target rate")
    String targetRate();

    @Message("No inspection decisions in this period.")
    String noInspections();

    @Message("Decision type")
    String decisionType();

    @Message("Outcome")
    String outcome();

    @Message("Count")
    String count();

    @Message("Active")
    String stateACTIVE();

    @Message("Not allowed")
    String forbiddenTitle();

    @Message("Your role does not allow this. The console shows only what you may do, and the "
            + "server checks every action again.")
    String forbiddenText();

    @Message("Something went wrong")
    String errorTitle();

    @Message("Back")
    String back();

    @Message("Decisions")
    String decisionsTitle();

    @Message("Every stored decision, newest first. Open one to read its trace and replay it.")
    String decisionsLead();

    @Message("Verifying the audit chain …")
    String chainChecking();

    @Message("Audit chain intact: {checked} records verified")
    String chainValid(long checked);

    @Message("Audit chain broken after checking {checked} records, first at")
    String chainInvalid(long checked);

    @Message("Enterprise (USCC)")
    String enterpriseId();

    @Message("any")
    String any();

    @Message("From")
    String fromDate();

    @Message("To")
    String toDate();

    @Message("Rule-set version")
    String rulesetVersion();

    @Message("Search")
    String search();

    @Message("{total} decisions found")
    String resultsCount(long total);

    @Message("Decided at")
    String decidedAt();

    @Message("Asked by")
    String principal();

    @Message("Open")
    String open();

    @Message("No decisions match.")
    String noResults();

    @Message("Previous")
    String previous();

    @Message("Next")
    String next();

    @Message("page {page} of {pages}")
    String pageOf(int page, long pages);

    @Message("Export a range")
    String exportTitle();

    @Message("The records decided between two dates, streamed in chain order with their hashes (CSV or NDJSON).")
    String exportLead();

    @Message("Format")
    String format();

    @Message("Export")
    String export();

    @Message("Decision")
    String decisionTitle();

    @Message("Replay")
    String replay();

    @Message("Record")
    String record();

    @Message("as of")
    String asOf();

    @Message("Requested at")
    String requestedAt();

    @Message("Position in the chain")
    String sequence();

    @Message("Hash")
    String hash();

    @Message("Previous hash")
    String previousHash();

    @Message("Outcome")
    String outputs();

    @Message("Inputs")
    String inputs();

    @Message("Trace")
    String traceTitle();

    @Message("decision → decision table → matched rule → legal basis and confidence")
    String traceLead();

    @Message("The stored body of this record cannot be read, so its inputs, outputs and trace cannot be shown. Its "
            + "hash covers the stored text and is verified with the rest of the chain. Reason: {problem}")
    String unreadableRecord(String problem);

    @Message("decision")
    String nodeDecision();

    @Message("rule")
    String nodeRule();

    @Message("basis")
    String nodeBasis();

    @Message("provisional")
    String provisional();

    @Message("in force")
    String validity();

    @Message("Reasons")
    String reasons();

    @Message("Rule")
    String ruleId();

    @Message("Description")
    String description();

    @Message("Legal basis")
    String legalBasis();

    @Message("Confidence")
    String confidence();

    @Message("Replayed with the same rule-set version and the recorded reference data: identical "
            + "outcome and reasons.")
    String replayIdentical();

    @Message("The replay differs from the stored decision.")
    String replayDifferent();

    @Message("Stored")
    String original();

    @Message("Replayed")
    String replayed();

    @Message("Enterprises")
    String enterprisesTitle();

    @Message("The shared registry: each enterprise's credit facts and how its customs credit class developed.")
    String enterprisesLead();

    @Message("Name or USCC")
    String enterpriseSearch();

    @Message("Enterprise")
    String enterpriseName();

    @Message("Kind")
    String enterpriseKind();

    @Message("Advanced certified (高级认证)")
    String advancedCertified();

    @Message("General-certified (一般认证, Order 237) / certified (认证, Order 282)")
    String generalCertified();

    @Message("Documents last year")
    String priorYearDocumentCount();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("No enterprises in the registry match.")
    String noEnterprises();

    @Message("Classify as of")
    String classifyAsOf();

    @Message("Classify (audited)")
    String classify();

    @Message("Classified and recorded:")
    String classified();

    @Message("Credit facts")
    String creditFacts();

    @Message("Updated")
    String updatedAt();

    @Message("Classification history")
    String classificationHistory();

    @Message("The active rule set applied to the registry's facts as of each day something "
            + "changed; restoration dates (信用修复) as the regime sets them.")
    String classificationHistoryLead();

    @Message("From")
    String fromDay();

    @Message("Credit class")
    String creditClass();

    @Message("Regime")
    String regime();

    @Message("Restoration (信用修复)")
    String restoration();

    @Message("seriously-dishonest list")
    String seriouslyDishonestList();

    @Message("on application from")
    String onApplicationFrom();

    @Message("automatically from")
    String automaticFrom();

    @Message("Credit events")
    String creditEvents();

    @Message("Event")
    String eventId();

    @Message("Type")
    String eventType();

    @Message("Occurred")
    String occurredOn();

    @Message("Amount (CNY)")
    String amountCny();

    @Message("Due")
    String dueDate();

    @Message("Paid")
    String paidOn();

    @Message("Intent")
    String subjectiveIntent();

    @Message("No credit events recorded.")
    String noEvents();

    @Message("Recorded classifications (audit)")
    String recordedClassifications();

    @Message("Inspection decision for a declaration")
    String decideTitle();

    @Message("The same decision customs systems ask for through the API: the credit class comes "
            + "from the registry as of the declaration date, and the decision is recorded before it "
            + "is shown.")
    String decideLead();

    @Message("The declaration is not valid:")
    String invalidDeclaration();

    @Message("the declaration cannot be read: check the customs mode, direction, value and date")
    String unreadableDeclaration();

    @Message("Declaration")
    String declaration();

    @Message("Declaration number")
    String declarationId();

    @Message("Customs mode (监管方式)")
    String customsMode();

    @Message("Direction")
    String direction();

    @Message("import 进口")
    String directionImport();

    @Message("export 出口")
    String directionExport();

    @Message("Declared value (CNY)")
    String declaredValueCny();

    @Message("HS code")
    String hsCode();

    @Message("Declaration date")
    String declarationDate();

    @Message("Decide")
    String decide();

    @Message("Decided and recorded")
    String decided();

    @Message("Rule sets")
    String ruleSetsTitle();

    @Message("Every version with its state. A version is uploaded as a draft, approved by another "
            + "person, and activated without a restart; activating an earlier version rolls back.")
    String ruleSetsLead();

    @Message("{file} does not validate")
    String validationFailed(String file);

    @Message("Severity")
    String severity();

    @Message("Code")
    String problemCode();

    @Message("File")
    String file();

    @Message("Location")
    String location();

    @Message("Problem")
    String problemMessage();

    @Message("line")
    String line();

    @Message("element")
    String element();

    @Message("rule")
    String ruleNumber();

    @Message("Upload a bundle")
    String uploadTitle();

    @Message("A zip of the rule set's files: ruleset.json, DRL, DMN and scenarios. It is compiled "
            + "and validated whole; every problem is located.")
    String uploadLead();

    @Message("Bundle (.zip)")
    String bundleZip();

    @Message("Upload and validate")
    String upload();

    @Message("choose a bundle (.zip) to upload")
    String chooseBundle();

    @Message("Versions")
    String versions();

    @Message("Version")
    String version();

    @Message("Name")
    String name();

    @Message("State")
    String state();

    @Message("Author")
    String author();

    @Message("Approver")
    String approver();

    @Message("Uploaded")
    String uploadedAt();

    @Message("Approved")
    String approvedAt();

    @Message("Activated")
    String activatedAt();

    @Message("Retired")
    String retiredAt();

    @Message("deciding now")
    String deciding();

    @Message("Download bundle")
    String downloadBundle();

    @Message("Approve")
    String approve();

    @Message("Activate")
    String activate();

    @Message("Roll back to this version")
    String rollBack();

    @Message("Reject")
    String reject();

    @Message("Uploaded and validated: a new draft. Another person with the approver role must approve it.")
    String noticeUploaded();

    @Message("This content is already stored: this is its version.")
    String noticeIdentical();

    @Message("Approved. An approver can now activate it.")
    String noticeApproved();

    @Message("Rejected.")
    String noticeRejected();

    @Message("Active: new decisions use this version from now on; decisions in flight finish on "
            + "the version they started with.")
    String noticeActivated();

    @Message("You wrote this version: another approver must approve it (four eyes).")
    String fourEyes();

    @Message("State changes")
    String history();

    @Message("When")
    String when();

    @Message("Change")
    String transition();

    @Message("By")
    String who();

    @Message("Note")
    String note();

    @Message("Test scenarios")
    String scenariosTitle();

    @Message("Runs every scenario of the bundle against this version.")
    String scenariosLead();

    @Message("Run scenarios")
    String runScenarios();

    @Message("running …")
    String running();

    @Message("{total} scenarios: {passed} passed, {failed} failed")
    String scenarioSummary(int total, long passed, long failed);

    @Message("Scenario")
    String scenario();

    @Message("What did not hold")
    String mismatches();

    @Message("Simulation")
    String simulationTitle();

    @Message("Re-decides the stored decisions of a period with this version, each with its "
            + "recorded inputs and reference data, and shows what would change. Nothing is "
            + "recorded.")
    String simulationLead();

    @Message("Simulate")
    String simulate();

    @Message("Simulation {status}: {decided} of {total} decisions re-decided")
    String simulationProgress(String status, long decided, long total);

    @Message("Cancel the simulation")
    String cancelSimulation();

    @Message("{decisions} decisions re-decided: {changed} would change, {failed} could not be decided")
    String simulationSummary(long decisions, long changed, long failed);

    @Message("Changed")
    String changed();

    @Message("Recorded outcomes")
    String outcomesBefore();

    @Message("Outcomes with this version")
    String outcomesAfter();

    @Message("Inspection by credit class")
    String inspectionChanges();

    @Message("Rate changes")
    String rateChanged();

    @Message("Newly selected")
    String newlySelected();

    @Message("No longer selected")
    String noLongerSelected();

    @Message("Rate before → after")
    String rateChanges();

    @Message("Sample of changed decisions")
    String sampleChanged();

    @Message("Decision tables")
    String decisionTables();

    @Message("Each DMN decision table with its inputs, rules, outputs and annotations: rule id, "
            + "description, legal basis, confidence and validity.")
    String decisionTablesLead();

    @Message("hit policy")
    String hitPolicy();

    @Message("Changes against the active version")
    String diffTitle();

    @Message("What this version changes relative to the version deciding now ({active}): read it before approving.")
    String diffLead(String active);

    @Message("No change: this version holds the same files as the active version.")
    String diffNone();

    @Message("Manifest (ruleset.json)")
    String diffManifest();

    @Message("Files")
    String diffFiles();

    @Message("DMN decisions and tables")
    String diffDecisions();

    @Message("Key")
    String diffKey();

    @Message("Before")
    String diffBefore();

    @Message("After")
    String diffAfter();

    @Message("Rule")
    String diffRule();

    @Message("Cell")
    String diffCell();

    @Message("annotation")
    String annotation();

    @Message("added")
    String changeAdded();

    @Message("removed")
    String changeRemoved();

    @Message("changed")
    String changeChanged();

    @Message("{n} rules")
    String rulesCount(int n);

    @Message("input")
    String input();

    @Message("output")
    String output();

    @Message("Credit classification rules (DRL)")
    String drlRules();

    @Message("Credit measures for an enterprise")
    String creditMeasuresTitle();

    @Message("The customs management measures that apply to the enterprise's credit class on the day, and what "
            + "customs discloses publicly, each with its legal basis. Without a class, the registry's facts "
            + "classify the enterprise first.")
    String creditMeasuresLead();

    @Message("Settlement on electronic transaction information")
    String fxElectronicSettlementTitle();

    @Message("Whether a bank, or a payment institution through a bank, may settle cross-border e-commerce FX on "
            + "electronic transaction information (pilot-zone plan 四(三)1), with the conditions met and missing.")
    String fxElectronicSettlementLead();

    @Message("Domestic FX loan with an export background")
    String fxLoanConversionTitle();

    @Message("Whether a cross-border e-commerce enterprise may convert a domestic FX loan, with the conditions met "
            + "and missing.")
    String fxLoanConversionLead();

    @Message("Request")
    String request();

    @Message("The request is not valid:")
    String invalidRequest();

    @Message("the request cannot be read: check its values")
    String unreadableRequest();

    @Message("from the registry")
    String fromRegistry();

    @Message("not stated")
    String notStated();

    @Message("Day")
    String asOfDay();

    @Message("Settled by")
    String provider();

    @Message("Settlement date")
    String settlementDate();

    @Message("Customer identified")
    String customerIdentified();

    @Message("Transaction information collected")
    String transactionInfoCollected();

    @Message("Authenticity reviewed")
    String authenticityReviewed();

    @Message("Payment licence (payment institutions)")
    String licensed();

    @Message("Registered with SAFE (payment institutions)")
    String listRegistered();

    @Message("Through a partner bank (payment institutions)")
    String partnerBank();

    @Message("Conversion date")
    String conversionDate();

    @Message("Export background")
    String exportBackground();

    @Message("Repaid with")
    String repaymentSource();

    @Message("Open in the DMN editor")
    String openEditor();

    @Message("DMN editor")
    String editorTitle();

    @Message("Edit the decision requirements diagram, decision tables (with their rule id, legal basis, confidence "
            + "and validity columns) and literal expressions. Saving makes a new draft of this version with the "
            + "edited models and every other file unchanged, checked exactly as an uploaded bundle is.")
    String editorLead();

    @Message("Back to the version")
    String editorBack();

    @Message("Save as draft")
    String editorSave();

    @Message("Saved as a new draft. It needs a second person's approval before it can be activated.")
    String editorSaved();

    @Message("Kept the decision as a scenario of this new draft: it must stay as it was decided.")
    String editorKept();

    @Message("Decision id to keep as a scenario")
    String keepDecisionLabel();

    @Message("Keep as a scenario")
    String keepDecision();

    @Message("Checking and saving…")
    String editorSaving();

    @Message("The edited rule set does not validate; nothing was saved. Each problem is marked where it stands.")
    String editorRefused();

    @Message("Saving failed")
    String editorFailed();

    @Message("rule")
    String editorRow();

    @Message("Decision requirements diagram")
    String editorDiagram();

    @Message("DMN files")
    String editorFiles();

    @Message("Views")
    String editorViews();

    @Message("Problems")
    String editorProblems();

    @Message("The editor cannot read all of this file, so it will not save it (it would lose what it cannot read):")
    String editorUnreadable();

    @Message("Rule annotations")
    String editorAnnotations();

    @Message("Each rule's basis, one column per annotation of the table: rule id, description, legal basis, "
            + "confidence, validity.")
    String editorAnnotationsLead();
}
