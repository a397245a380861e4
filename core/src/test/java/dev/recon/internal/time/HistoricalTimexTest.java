package dev.recon.internal.time;

import dev.recon.model.TimeMention;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Historical expressions, each alone in a sentence: its extent, its TIMEX3 value and the days it
 * allows (astronomical years: 44 BC is -0043, 1 BC is 0000). "-" means none: no time mention at all in
 * the first column, no interval in the last two. The values follow TIDES 2005 (BC prefix, a century
 * as its first two digits); the intervals were worked out by hand from the era arithmetic, not copied
 * from a run.
 */
class HistoricalTimexTest {

    private final TimexTagger tagger = new TimexTagger();

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Caesar was assassinated on 15 March 44 BC.           | 15 March 44 BC           | BC0044-03-15  | -0043-03-15 | -0043-03-15
            Caesar crossed the Rubicon in January 49 BC.         | January 49 BC            | BC0049-01     | -0048-01-01 | -0048-01-31
            Vesuvius erupted in AD 79.                           | AD 79                    | 0079          | 0079-01-01  | 0079-12-31
            Vesuvius erupted in 79 AD.                           | 79 AD                    | 0079          | 0079-01-01  | 0079-12-31
            Pompeii was buried in 79 CE.                         | 79 CE                    | 0079          | 0079-01-01  | 0079-12-31
            Vesuvius erupted in the year 79.                     | 79                       | 0079          | 0079-01-01  | 0079-12-31
            The temple was built in 300 B.C.E. by the king.      | 300 B.C.E.               | BC0300        | -0299-01-01 | -0299-12-31
            Jesus was born c. 1 BC.                              | c. 1 BC                  | BC0001        | 0000-01-01  | 0000-12-31
            The calendar starts at AD 1.                         | AD 1                     | 0001          | 0001-01-01  | 0001-12-31
            The Punic Wars lasted 264–146 BC.                    | 264–146 BC               | BC0264/BC0146 | -0263-01-01 | -0145-12-31
            The wars ran from 264 to 146 BC.                     | 264 to 146 BC            | BC0264/BC0146 | -0263-01-01 | -0145-12-31
            Herodotus lived c. 484 – c. 425 BC.                  | c. 484 – c. 425 BC       | BC0484/BC0425 | -0483-01-01 | -0424-12-31
            Diocletian reigned AD 284–305.                       | AD 284–305               | 0284/0305     | 0284-01-01  | 0305-12-31
            Constantine ruled 306–337 AD.                        | 306–337 AD               | 0306/0337     | 0306-01-01  | 0337-12-31
            Augustus ruled 27 BC – AD 14.                        | 27 BC – AD 14            | BC0027/0014   | -0026-01-01 | 0014-12-31
            Caesar campaigned between 60 and 50 BC.              | 60 and 50 BC             | BC0060/BC0050 | -0059-01-01 | -0049-12-31
            Athens flourished in the 5th century BC.             | 5th century BC           | BC04          | -0498-01-01 | -0399-12-31
            The 20th century BC saw the Middle Kingdom.          | 20th century BC          | BC19          | -1998-01-01 | -1899-12-31
            Crisis struck in the third century AD.               | third century AD         | 02            | 0200-01-01  | 0299-12-31
            The first century BCE was violent.                   | first century BCE        | BC00          | -0098-01-01 | 0000-12-31
            The fifth century saw the fall of Rome.              | fifth century            | 04            | 0400-01-01  | 0499-12-31
            Greek drama peaked in the 5th and 4th centuries BC.  | 5th and 4th centuries BC | BC04/BC03     | -0498-01-01 | -0299-12-31
            Bronze spread in the 2nd millennium BC.              | 2nd millennium BC        | BC1           | -1998-01-01 | -0999-12-31
            Towns grew in the first millennium AD.               | first millennium AD      | 0             | 0001-01-01  | 0999-12-31
            Rome fought Macedon in the 190s BC.                  | the 190s BC              | BC019X        | -0198-01-01 | -0189-12-31
            Pericles led Athens in the 400s BC.                  | the 400s BC              | BC04          | -0498-01-01 | -0399-12-31
            The pyramid was built c. 2560 BC.                    | c. 2560 BC               | BC2560        | -2559-01-01 | -2559-12-31
            Farming began around 10,000 BCE.                     | around 10,000 BCE        | BC10000       | -9999-01-01 | -9999-12-31
            The Western Empire fell in 476.                      | 476                      | 0476          | 0476-01-01  | 0476-12-31
            In 476 the last emperor was deposed.                 | 476                      | 0476          | 0476-01-01  | 0476-12-31
            By 800, Charlemagne ruled the west.                  | 800                      | 0800          | -           | 0800-12-31
            Rome was sacked in the year 410.                     | 410                      | 0410          | 0410-01-01  | 0410-12-31
            Constantinople was the capital since 330.            | 330                      | 0330          | 0330-01-01  | -
            He was born on the 1st of May.                       | 1st of May               | XXXX-05-01    | -           | -
            The 2017 B.C. election was close.                    | 2017                     | 2017          | 2017-01-01  | 2017-12-31
            All 2005 CE marked units were recalled.              | 2005                     | 2005          | 2005-01-01  | 2005-12-31
            In 476 cases the result held.                        | -                        | -             | -           | -
            He ran by 800 metres.                                | -                        | -             | -           | -
            Some 410 people came.                                | -                        | -             | -           | -
            See chapter 12 for details.                          | -                        | -             | -           | -
            The table is on page 410.                            | -                        | -             | -           | -
            The twist comes in Act 3.                            | -                        | -             | -           | -
            One in 300 patients relapsed.                        | -                        | -             | -           | -
            Prices rose by 300 and then fell by 200.             | -                        | -             | -           | -
            The hall was attended by 500.                        | -                        | -             | -           | -
            They cut the staff by 200.                           | -                        | -             | -           | -
            They won in 300 of the 400 games.                    | -                        | -             | -           | -
            In 12 European countries it failed.                  | -                        | -             | -           | -
            Its first century was hard.                          | -                        | -             | -           | -
            The second century of the republic began.            | -                        | -             | -           | -
            The table lists 25AD and 25BC as codes.              | -                        | -             | -           | -
            """)
    void normalisesHistoricalTimeAndLeavesCountsAlone(String sentence, String text, String value, String from, String to) {
        List<TimeMention> found = tagger.tag(sentence);
        if (text == null) {
            assertThat(found).as("time mentions in '%s'", sentence).isEmpty();
            return;
        }
        assertThat(found).as("time mentions in '%s'", sentence).hasSize(1);
        TimeMention t = found.get(0);
        assertThat(t.text()).isEqualTo(text);
        assertThat(t.span().of(sentence)).isEqualTo(text);
        assertThat(t.value()).isEqualTo(value);
        if (from == null && to == null) {
            assertThat(t.interval()).isNull();
            return;
        }
        assertThat(t.interval()).isNotNull();
        assertThat(t.interval().from()).isEqualTo(from == null ? null : LocalDate.parse(from));
        assertThat(t.interval().to()).isEqualTo(to == null ? null : LocalDate.parse(to));
    }
}
