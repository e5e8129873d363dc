package org.contractsla.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.runner.RunWith;

/**
 * The domain core stays plain Java: no Jira, OSGi, servlet, JAX-RS, Jackson, Spring or holiday-library types; its
 * packages depend on each other one way only.
 */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = "org.contractsla", importOptions = ImportOption.DoNotIncludeTests.class)
public class CoreIsPlainJavaTest {

    @ArchTest
    public static final ArchRule CORE_DEPENDS_ON_NO_FRAMEWORK = noClasses()
            .that().resideInAPackage("org.contractsla.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "com.opensymphony..", "net.java.ao..", "javax.servlet..", "javax.ws.rs..",
                    "com.fasterxml..", "org.springframework..", "javax.inject..", "de.focus_shift..",
                    "org.contractsla.jira..", "org.contractsla.holidays..", "org.contractsla.config..",
                    "org.contractsla.cli..");

    @ArchTest
    public static final ArchRule CORE_NEVER_READS_THE_SYSTEM_CLOCK = noClasses()
            .that().resideInAPackage("org.contractsla.core..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .orShould().callMethod(System.class, "currentTimeMillis");

    /** severity → root; policy → severity; contract → policy, severity; entitlement, request → the others */
    @ArchTest
    public static final ArchRule CORE_PACKAGES_FREE_OF_CYCLES = slices()
            .matching("org.contractsla.core.(*)..").should().beFreeOfCycles();
}
