package org.contractsla.jira.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.Test;

public class SentAnswersTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");

    /** a clock that can be moved on */
    private static final class Moving extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    public void shouldFindAnAnswerForItsCustomerOnlyAndForAnHour() {
        Moving clock = new Moving();
        SentAnswers answers = new SentAnswers(clock);
        PortalView view = new PortalView();
        String token = answers.keep("jdoe", view);
        assertTrue(token, token.matches("[0-9a-f]{32}"));
        assertNotEquals("tokens are not guessed from one another", token, answers.keep("jdoe", new PortalView()));
        assertSame(view, answers.find("jdoe", token).orElseThrow());
        assertEquals(Optional.empty(), answers.find("mmax", token));
        assertEquals(Optional.empty(), answers.find("jdoe", null));
        clock.now = T0.plus(SentAnswers.KEPT).minusMillis(1);
        assertSame(view, answers.find("jdoe", token).orElseThrow());
        clock.now = T0.plus(SentAnswers.KEPT);
        assertEquals(Optional.empty(), answers.find("jdoe", token));
    }

    @Test
    public void shouldKeepTheLatestAnswersOnly() {
        SentAnswers answers = new SentAnswers(new Moving());
        String first = answers.keep("c0", new PortalView());
        String second = answers.keep("c1", new PortalView());
        for (int i = 2; i <= SentAnswers.MOST; i++) {
            answers.keep("c" + i, new PortalView());
        }
        assertEquals("the oldest went first", Optional.empty(), answers.find("c0", first));
        assertTrue(answers.find("c1", second).isPresent());
    }
}
