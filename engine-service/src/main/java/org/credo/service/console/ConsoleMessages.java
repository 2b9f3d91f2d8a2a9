package org.credo.service.console;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's texts, one method per message: English in {@code messages/msg_en.properties} (the default locale),
 * Simplified Chinese in {@code messages/msg_zh.properties}, each keyed by the method's name. Templates use them as
 * {@code {msg:name}}; regulation terms are not translated here but shown beside their codes ({@link RegulationTerms}).
 */
@MessageBundle(value = "msg", locale = "en")
public interface ConsoleMessages {
    String appName();

    String appSubtitle();

    String language();

    String signOut();

    String sections();

    String navOverview();

    String navRuleSets();

    String navDecisions();

    String navDecide();

    String navEnterprises();

    String footer();

    String signIn();

    String signInLead();

    String signInFailed();

    String username();

    String password();

    String demoAccounts();

    String demoAccountsHint();

    String roleDecisionClient();

    String roleRuleAuthor();

    String roleRuleApprover();

    String roleAuditor();

    String overviewTitle();

    String overviewLead(java.time.LocalDate from, java.time.LocalDate to);

    String period();

    String lastDays(int days);

    String activeRuleSet();

    String decisionsInPeriod();

    String decisionTypesSeen();

    String typesHint();

    String chartPerDay();

    String chartPerOutcome();

    String chartSelection();

    String selectionHint();

    String selectedShare();

    String targetRate();

    String noInspections();

    String decisionType();

    String outcome();

    String count();

    String stateACTIVE();

    String forbiddenTitle();

    String forbiddenText();

    String errorTitle();

    String back();

    String decisionsTitle();

    String decisionsLead();

    String chainChecking();

    String chainValid(long checked);

    String chainInvalid(long checked);

    String enterpriseId();

    String any();

    String fromDate();

    String toDate();

    String rulesetVersion();

    String search();

    String resultsCount(long total);

    String decidedAt();

    String principal();

    String open();

    String noResults();

    String previous();

    String next();

    String pageOf(int page, long pages);

    String exportTitle();

    String exportLead();

    String format();

    String export();

    String decisionTitle();

    String replay();

    String record();

    String asOf();

    String requestedAt();

    String sequence();

    String hash();

    String previousHash();

    String outputs();

    String inputs();

    String traceTitle();

    String traceLead();

    String unreadableRecord(String problem);

    String nodeDecision();

    String nodeRule();

    String nodeBasis();

    String provisional();

    String validity();

    String reasons();

    String ruleId();

    String description();

    String legalBasis();

    String confidence();

    String replayIdentical();

    String replayDifferent();

    String original();

    String replayed();

    String enterprisesTitle();

    String enterprisesLead();

    String enterpriseSearch();

    String enterpriseName();

    String enterpriseKind();

    String advancedCertified();

    String generalCertified();

    String priorYearDocumentCount();

    String yes();

    String no();

    String noEnterprises();

    String classifyAsOf();

    String classify();

    String classified();

    String creditFacts();

    String updatedAt();

    String classificationHistory();

    String classificationHistoryLead();

    String fromDay();

    String creditClass();

    String regime();

    String restoration();

    String seriouslyDishonestList();

    String onApplicationFrom();

    String automaticFrom();

    String creditEvents();

    String eventId();

    String eventType();

    String occurredOn();

    String amountCny();

    String dueDate();

    String paidOn();

    String subjectiveIntent();

    String noEvents();

    String recordedClassifications();

    String decideTitle();

    String decideLead();

    String declarationId();

    String customsMode();

    String direction();

    String directionImport();

    String directionExport();

    String declaredValueCny();

    String hsCode();

    String declarationDate();

    String decide();

    String decided();

    String ruleSetsTitle();

    String ruleSetsLead();

    String validationFailed(String file);

    String severity();

    String problemCode();

    String file();

    String location();

    String problemMessage();

    String line();

    String element();

    String ruleNumber();

    String uploadTitle();

    String uploadLead();

    String bundleZip();

    String upload();

    String chooseBundle();

    String versions();

    String version();

    String name();

    String state();

    String author();

    String approver();

    String uploadedAt();

    String approvedAt();

    String activatedAt();

    String retiredAt();

    String deciding();

    String downloadBundle();

    String approve();

    String activate();

    String rollBack();

    String reject();

    String noticeUploaded();

    String noticeIdentical();

    String noticeApproved();

    String noticeRejected();

    String noticeActivated();

    String fourEyes();

    String history();

    String when();

    String transition();

    String who();

    String note();

    String scenariosTitle();

    String scenariosLead();

    String runScenarios();

    String running();

    String scenarioSummary(int total, long passed, long failed);

    String scenario();

    String mismatches();

    String simulationTitle();

    String simulationLead();

    String simulate();

    String simulationProgress(String status, long decided, long total);

    String cancelSimulation();

    String simulationSummary(long decisions, long changed, long failed);

    String changed();

    String outcomesBefore();

    String outcomesAfter();

    String inspectionChanges();

    String rateChanged();

    String newlySelected();

    String noLongerSelected();

    String rateChanges();

    String sampleChanged();

    String decisionTables();

    String decisionTablesLead();

    String hitPolicy();

    String diffTitle();

    String diffLead(String active);

    String diffNone();

    String diffManifest();

    String diffFiles();

    String diffDecisions();

    String diffKey();

    String diffBefore();

    String diffAfter();

    String diffRule();

    String diffCell();

    String annotation();

    String changeAdded();

    String changeRemoved();

    String changeChanged();

    String rulesCount(int n);

    String input();

    String output();

    String drlRules();

    String creditMeasuresTitle();

    String creditMeasuresLead();

    String fxElectronicSettlementTitle();

    String fxElectronicSettlementLead();

    String fxLoanConversionTitle();

    String fxLoanConversionLead();

    String request();

    String invalidRequest();

    String unreadableRequest();

    String fromRegistry();

    String notStated();

    String asOfDay();

    String provider();

    String settlementDate();

    String customerIdentified();

    String transactionInfoCollected();

    String authenticityReviewed();

    String licensed();

    String listRegistered();

    String partnerBank();

    String conversionDate();

    String exportBackground();

    String repaymentSource();

    String openEditor();

    String editorTitle();

    String editorLead();

    String editorBack();

    String editorSave();

    String editorSaved();

    String editorKept();

    String keepDecisionLabel();

    String keepDecision();

    String editorSaving();

    String editorRefused();

    String editorFailed();

    String editorRow();

    String editorDiagram();

    String editorFiles();

    String editorViews();

    String editorProblems();

    String editorUnreadable();

    String editorAnnotations();

    String editorAnnotationsLead();
}
