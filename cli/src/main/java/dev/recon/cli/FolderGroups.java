package dev.recon.cli;

import dev.recon.source.InputException;
import dev.recon.source.InputProblem;
import dev.recon.source.Source;
import dev.recon.source.SourceLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sources grouped by the folder their file is in, for {@code --group-by-folder}: each folder is
 * reconciled on its own. A source's id becomes {@code GROUP.NAME}, so that ids stay unique in the one
 * report that joins the groups and every finding shows which group it belongs to.
 */
final class FolderGroups {

    /** Between a group's name and a file's name in a source id; a character source ids allow. */
    static final String SEPARATOR = ".";

    private FolderGroups() {
    }

    /**
     * The sources by group, groups in the order their first file was given.
     *
     * @throws InputException when a folder holds only one of the sources, which has nothing to be compared with
     */
    static Map<String, List<Source>> of(List<Source> sources) throws InputException {
        Map<Path, List<Source>> byFolder = new LinkedHashMap<>();
        for (Source s : sources) {
            Path folder = Path.of(s.path()).toAbsolutePath().normalize().getParent();
            byFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(s);
        }
        Set<String> groupNames = new HashSet<>();
        Map<String, List<Source>> out = new LinkedHashMap<>();
        for (Map.Entry<Path, List<Source>> e : byFolder.entrySet()) {
            List<Source> members = e.getValue();
            if (members.size() < 2) {
                throw new InputException(Path.of(members.get(0).path()).getParent() == null ? "."
                        : Path.of(members.get(0).path()).getParent().toString(), InputProblem.TOO_FEW_SOURCES,
                        "this folder holds one, " + members.get(0).path() + ", and each folder is reconciled on its own");
            }
            Path name = e.getKey() == null ? null : e.getKey().getFileName();
            String group = SourceLoader.idFor(name == null ? "root" : name.toString(), groupNames);
            Set<String> ids = new HashSet<>();
            List<Source> renamed = new ArrayList<>();
            for (Source s : members) {
                String file = Path.of(s.path()).getFileName().toString();
                renamed.add(new Source(group + SEPARATOR + SourceLoader.idFor(file, ids), s.path(), s.kind(), s.text()));
            }
            out.put(group, renamed);
        }
        return out;
    }
}
