package org.credo.core;

import org.credo.core.RuleSetTables.Column;
import org.credo.core.RuleSetTables.Model;
import org.credo.core.RuleSetTables.Rule;
import org.credo.core.RuleSetTables.Table;
import org.credo.core.fixture.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RuleSetTablesTest {

    @Test
    void aBundlesDmnFilesAreReadInPathOrderAndItsOtherFilesIgnored() {
        RuleSetTables tables = RuleSetTables.of(Bundle.of(Map.of("dmn/z-loans.dmn", resource("loans.dmn"),
                "dmn/a-greeting.dmn", resource("no-tables.dmn"), "rules/credit.drl", utf8("package credo.test;"),
                "notes.txt", utf8("<definitions/>"))));

        assertThat(tables.models()).extracting(Model::file, Model::name)
                .containsExactly(tuple("dmn/a-greeting.dmn", "Greeting"), tuple("dmn/z-loans.dmn", "Loans"));
    }

    @Test
    void theFixtureTableIsReadWithItsColumnsRulesAndLegalBasis() {
        Model model = RuleSetTables.of(Fixtures.bundle("credit")).models().get(0);
        Table table = model.tables().get(0);

        assertThat(model.file()).isEqualTo("dmn/inspection.dmn");
        assertThat(model.problem()).isNull();
        assertThat(table.owner()).isEqualTo("ratio for");
        assertThat(table.kind()).isEqualTo("businessKnowledgeModel");
        assertThat(table.hitPolicy()).isEqualTo("UNIQUE");
        assertThat(table.inputs()).containsExactly(new Column("level", "string"));
        assertThat(table.outputs()).containsExactly(new Column("ratio", "number"));
        assertThat(table.annotations()).startsWith("ruleId", "description", "legalBasis", "confidence");
        assertThat(table.legalBasisColumn()).isEqualTo(2);
        assertThat(table.rules()).extracting(Rule::number).containsExactly(1, 2, 3);
        assertThat(table.rules()).allSatisfy(rule -> assertThat(rule.annotations())
                .hasSameSizeAs(table.annotations()));
        assertThat(table.rules().get(2).annotations().get(table.legalBasisColumn()))
                .as("a quoted annotation reads without its quotes").isEqualTo("Test Order 3, Art. 3");
    }

    @Test
    void aHitPolicyIsReadWithItsAggregationAndABkmTableWithItsAnnotationColumns() {
        Model model = loans();
        Table fees = model.tables().get(0);

        assertThat(model.description()).isEqualTo("Fees and limits of a loan, for tests of the table reader.");
        assertThat(fees.owner()).isEqualTo("fee for");
        assertThat(fees.kind()).isEqualTo("businessKnowledgeModel");
        assertThat(fees.hitPolicy()).isEqualTo("COLLECT SUM");
        assertThat(fees.annotations()).containsExactly("ruleId", "legalBasis", "reviewer");
        assertThat(fees.legalBasisColumn()).isEqualTo(1);
        assertThat(fees.rules()).containsExactly(
                new Rule(1, List.of(">= 0"), List.of("10"), List.of("FEE-BASE", "Fee Order, Art. 1", "Ana")),
                new Rule(2, List.of("> 10000"), List.of("amount * 0.001"), List.of("FEE-LARGE", "Fee Order, Art. 2",
                        "")));
    }

    @Test
    void unlabelledColumnsAreNamedByTheirExpressionOrTheirOwner() {
        Table fees = loans().tables().get(0);
        Table limit = loans().tables().get(1);

        assertThat(fees.inputs()).containsExactly(new Column("amount", "number"));
        assertThat(fees.outputs()).containsExactly(new Column("fee for", "number"));
        assertThat(limit.owner()).isEqualTo("limit");
        assertThat(limit.kind()).isEqualTo("decision");
        assertThat(limit.description()).isEqualTo("The largest amount lent.");
        assertThat(limit.hitPolicy()).isEqualTo("FIRST");
        assertThat(limit.inputs()).containsExactly(new Column("Amount lent", "number"));
        assertThat(limit.outputs()).containsExactly(new Column("band", "string"), new Column("Approver", ""));
        assertThat(limit.annotations()).isEmpty();
        assertThat(limit.legalBasisColumn()).isEqualTo(-1);
    }

    @Test
    void oneQuotedStringLosesItsQuotesButAListOfStringsKeepsThem() {
        Rule rule = loans().tables().get(1).rules().get(0);

        assertThat(rule.inputs()).containsExactly("<= 5000");
        assertThat(rule.outputs()).containsExactly("SMALL", "\"clerk\",\"branch\"");
    }

    @Test
    void aModelWithoutTablesIsListedWithNone() {
        Model greeting = RuleSetTables.of(Bundle.of(Map.of("dmn/greeting.dmn", resource("no-tables.dmn"))))
                .models().get(0);

        assertThat(greeting.name()).isEqualTo("Greeting");
        assertThat(greeting.tables()).isEmpty();
        assertThat(greeting.problem()).isNull();
    }

    @Test
    void anUnreadableFileComesWithItsProblemAndTheOthersAreStillRead() {
        RuleSetTables tables = RuleSetTables.of(Bundle.of(Map.of("dmn/broken.dmn",
                utf8("<definitions name=\"x\">\n<decision name=\"d\">\n</definitions>"),
                "dmn/loans.dmn", resource("loans.dmn"))));

        Model broken = tables.models().get(0);
        assertThat(broken.file()).isEqualTo("dmn/broken.dmn");
        assertThat(broken.name()).isEmpty();
        assertThat(broken.tables()).isEmpty();
        assertThat(broken.problem().code()).isEqualTo(ProblemCodes.DMN_SCHEMA);
        assertThat(broken.problem().file()).isEqualTo("dmn/broken.dmn");
        assertThat(broken.problem().line()).isEqualTo(3);
        assertThat(tables.models().get(1).tables()).hasSize(2);
    }

    @Test
    void aDocumentTypeDeclarationIsRefusedWithoutReadingItsEntity(@TempDir Path dir) throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the-secret-in-the-entity");
        byte[] hostile = ("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\" name=\"&x;\">"
                + "<description>&x;</description></definitions>").getBytes(StandardCharsets.UTF_8);

        RuleSetTables tables = RuleSetTables.of(Bundle.of(Map.of("dmn/x.dmn", hostile)));

        Model model = tables.models().get(0);
        assertThat(model.problem().code()).isEqualTo(ProblemCodes.FORBIDDEN_CONSTRUCT);
        assertThat(model.problem().message()).contains("DOCTYPE");
        assertThat(model.tables()).isEmpty();
        assertThat(tables.toString()).doesNotContain("the-secret-in-the-entity");
    }

    @Test
    void aFileNestedDeeperThanTheBundleLimitsIsRefusedAsTheCompilerRefusesIt() {
        int depth = BundleLimits.defaults().maxXmlDepth() + 1;
        String deep = "<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\" name=\"deep\">"
                + "<extensionElements>".repeat(depth) + "</extensionElements>".repeat(depth) + "</definitions>";

        Model model = RuleSetTables.of(Bundle.of(Map.of("dmn/deep.dmn", utf8(deep)))).models().get(0);

        assertThat(model.problem().code()).isEqualTo(ProblemCodes.BUNDLE_LIMIT);
        assertThat(model.tables()).isEmpty();
    }

    @Test
    void whatItHandsOutCannotBeChanged() {
        RuleSetTables tables = RuleSetTables.of(Fixtures.bundle("credit"));
        Table table = tables.models().get(0).tables().get(0);

        assertThatThrownBy(() -> tables.models().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.rules().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.annotations().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> table.rules().get(0).inputs().set(0, "x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static Model loans() {
        return RuleSetTables.of(Bundle.of(Map.of("dmn/loans.dmn", resource("loans.dmn")))).models().get(0);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = RuleSetTablesTest.class.getResourceAsStream("/dmn/tables/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
