package dev.recon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recon.source.InputException;
import dev.recon.source.SourceLoader;
import dev.recon.model.TimeMention;
import dev.recon.model.Timex;
import dev.recon.internal.time.TimexTagger;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code recon timex}: print the temporal expressions in files, normalised to TIMEX3. */
@Command(name = "timex", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the temporal expressions found in each file's text, with TIMEX3 type and value.",
                "Offsets are UTF-16 code units into the file. Without --dct, expressions without a year are "
                        + "resolved from the nearest explicit year before them (narrative style)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "2:usage error", "3:input error", "4:internal error"})
public final class TimexCommand implements Callable<Integer> {

    /** Output formats of this command. */
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Option(names = "--dct", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Document creation time: resolves \"Friday\", \"last year\", \"February 26th\".")
    LocalDate dct;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "json or text (default: text).")
    Format format = Format.text;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Text files to tag.")
    List<String> files;

    @Override
    public Integer call() {
        TimexTagger tagger = new TimexTagger();
        PrintWriter out = spec.commandLine().getOut();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode all = json.createArrayNode();
        StringBuilder text = new StringBuilder();
        for (String file : files) {
            String content;
            try {
                content = SourceLoader.readText(file, Path.of(file));
            } catch (InputException e) {
                spec.commandLine().getErr().println("recon: error: " + e.getMessage());
                return ExitCode.INPUT;
            }
            ObjectNode doc = all.addObject();
            doc.put("path", file);
            if (dct == null) {
                doc.putNull("dct");
            } else {
                doc.put("dct", dct.toString());
            }
            ArrayNode timexes = doc.putArray("timexes");
            for (TimeMention m : tagger.tag(content, dct)) {
                for (Timex t : m.parts()) {
                    ObjectNode n = timexes.addObject();
                    n.put("start", t.span().start());
                    n.put("end", t.span().end());
                    n.put("text", t.text());
                    n.put("type", t.type().name());
                    n.put("value", t.value());
                    if (!t.mod().isEmpty()) {
                        n.put("mod", t.mod());
                    }
                    text.append(file).append(':').append(t.span().start()).append('-').append(t.span().end())
                            .append('\t').append(t.type()).append('\t').append(t.value()).append('\t')
                            .append(t.text().replaceAll("\\s+", " ")).append('\n');
                }
            }
        }
        if (format == Format.json) {
            try {
                out.println(json.writeValueAsString(all.size() == 1 ? all.get(0) : all));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.print(text);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** Parses {@code YYYY-MM-DD}. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date in the form YYYY-MM-DD");
            }
        }
    }
}
