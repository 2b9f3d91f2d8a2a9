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

    @Message("Every decision is recorded in a hash chain before it is answered. Chinese regulatory terms are shown beside the codes of the HTTP contract.")
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

    @Message("Decisions made from {from} to {to}, what they came to, and how inspection selection meets its target rate.")
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

    @Message("Bars: the share of declarations selected. Red marks: the mean inspection rate the rules set. Over many declarations the two meet.")
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

    @Message("Draft")
    String stateDRAFT();

    @Message("Approved")
    String stateAPPROVED();

    @Message("Active")
    String stateACTIVE();

    @Message("Retired")
    String stateRETIRED();

    @Message("Rejected")
    String stateREJECTED();

    @Message("Not allowed")
    String forbiddenTitle();

    @Message("Your role does not allow this. The console shows only what you may do, and the server checks every action again.")
    String forbiddenText();

    @Message("Something went wrong")
    String errorTitle();

    @Message("Back")
    String back();
}
