package org.contractsla.config;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.contractsla.core.contract.Contract;
import org.junit.Test;

/** examples/README.md counts what the example files hold. */
public class ExamplesReadmeTest {

    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private static int number(String word) {
        assertTrue(word, NUMBERS.contains(word));
        return NUMBERS.indexOf(word);
    }

    @Test
    public void shouldCountTheExampleContractsCustomersAndRequests() throws Exception {
        String readme = Files.readString(Path.of("examples/README.md"));
        ContractJson.Document document = new ContractJson(null).readDocument(Files.readString(
                Path.of("examples/contracts.json")));
        List<Contract> contracts = document.contracts();
        Matcher c = Pattern.compile("`contracts.json` — (\\w+) contracts of (\\w+) invented customers").matcher(readme);
        assertTrue("examples/README.md says how many contracts and customers there are", c.find());
        assertEquals(contracts.size(), number(c.group(1)));
        assertEquals(contracts.stream().map(Contract::organizationId).distinct().count(), number(c.group(2)));
        assertEquals(document.organizations().size(), number(c.group(2)));
        Matcher t = Pattern.compile("`timelines.json` — (\\w+) requests").matcher(readme);
        assertTrue(t.find());
        assertEquals(new TimelineReader().read(Files.readString(Path.of("examples/timelines.json"))).requests().size(),
                number(t.group(1)));
    }
}
