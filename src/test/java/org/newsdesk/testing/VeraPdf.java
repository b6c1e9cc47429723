package org.newsdesk.testing;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, the PDF Association's reference validator, run in-process: the failed rules of a PDF
 * against one profile (PDF/UA-1, PDF/A-3a), each with veraPDF's first message for it.
 */
public final class VeraPdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {}

    /** "7.1-3: Content shall be marked as Artifact or tagged as real content" per failed rule, sorted. */
    public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            Map<RuleId, Integer> checks = result.getFailedChecks();
            for (RuleId rule : checks.keySet()) {
                String message = result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED
                                && a.getRuleId().equals(rule))
                        .map(a -> a.getErrorMessage() != null ? a.getErrorMessage() : a.getMessage())
                        .findFirst()
                        .orElse("");
                failed.add(rule.getClause() + "-" + rule.getTestNumber() + " (" + checks.get(rule) + "×): " + message);
            }
            return List.copyOf(failed);
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF", e);
        }
    }
}
