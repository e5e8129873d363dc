package org.contractsla.core.severity;

import java.util.Objects;
import java.util.Optional;

/**
 * What the customer asks for: a severity, the environment it concerns and, for S1, the answers to the S1
 * checklist (null where not answered). Immutable.
 */
public final class SeverityProposal {

    private final Severity severity;
    private final Environment environment;
    private final Boolean operationImpossibleWithoutFix;
    private final Boolean earlierStateAvoidsProblem;

    private SeverityProposal(Severity severity, Environment environment, Boolean operationImpossibleWithoutFix,
            Boolean earlierStateAvoidsProblem) {
        this.severity = Objects.requireNonNull(severity, "severity");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.operationImpossibleWithoutFix = operationImpossibleWithoutFix;
        this.earlierStateAvoidsProblem = earlierStateAvoidsProblem;
    }

    /**
     * @param severity    proposed level, not null
     * @param environment environment concerned, not null
     * @return a proposal without checklist answers
     */
    public static SeverityProposal of(Severity severity, Environment environment) {
        return new SeverityProposal(severity, environment, null, null);
    }

    /**
     * @param operationImpossibleWithoutFix (a) normal operation is impossible until fixed
     * @param earlierStateAvoidsProblem     (b) an older state or backup would avoid the problem
     * @return this proposal with the S1 checklist answered
     */
    public SeverityProposal withChecklist(boolean operationImpossibleWithoutFix, boolean earlierStateAvoidsProblem) {
        return new SeverityProposal(severity, environment, operationImpossibleWithoutFix, earlierStateAvoidsProblem);
    }

    /** @return proposed level, not null */
    public Severity severity() {
        return severity;
    }

    /** @return environment, not null */
    public Environment environment() {
        return environment;
    }

    /** @return checklist answer (a), if given */
    public Optional<Boolean> operationImpossibleWithoutFix() {
        return Optional.ofNullable(operationImpossibleWithoutFix);
    }

    /** @return checklist answer (b), if given */
    public Optional<Boolean> earlierStateAvoidsProblem() {
        return Optional.ofNullable(earlierStateAvoidsProblem);
    }
}
