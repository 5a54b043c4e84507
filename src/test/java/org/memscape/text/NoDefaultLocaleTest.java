package org.memscape.text;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.PrintStream;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No code of the program formats or case-folds in the default locale, where a German system
 * writes 1,23 and a Turkish one lower-cases "I" to "ı": numbers for people go through
 * {@link NumberText}, machine text through Double.toString or an explicit Locale.ROOT.
 */
class NoDefaultLocaleTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.memscape");
    }

    @Test
    void noFormatInTheDefaultLocale() {
        noClasses().should().callMethod(String.class, "format", String.class, Object[].class)
                .orShould().callMethod(String.class, "formatted", Object[].class)
                .orShould().callMethod(PrintStream.class, "printf", String.class, Object[].class)
                .orShould().callMethod(PrintStream.class, "format", String.class, Object[].class)
                .orShould().callConstructor(DecimalFormat.class)
                .orShould().callConstructor(DecimalFormat.class, String.class)
                .orShould().callMethod(NumberFormat.class, "getInstance")
                .orShould().callMethod(NumberFormat.class, "getNumberInstance")
                .orShould().callMethod(NumberFormat.class, "getIntegerInstance")
                .orShould().callMethod(NumberFormat.class, "getPercentInstance")
                .because("the default locale may write a decimal comma; use NumberText or Locale.ROOT")
                .check(classes);
    }

    @Test
    void noCaseFoldingInTheDefaultLocale() {
        noClasses().should().callMethod(String.class, "toLowerCase")
                .orShould().callMethod(String.class, "toUpperCase")
                .because("a Turkish locale lower-cases I to ı; use Locale.ROOT")
                .check(classes);
    }
}
