package de.kiezpress.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks the links of one page against everything the build writes: files, and anchors on pages. */
public final class LinkChecker {
    private final Set<String> outputFiles;
    private final Map<String, Set<String>> idsByFile;

    /**
     * @param outputFiles every file the build writes
     * @param idsByFile   the ids of each audited page
     */
    public LinkChecker(Set<String> outputFiles, Map<String, Set<String>> idsByFile) {
        this.outputFiles = outputFiles;
        this.idsByFile = idsByFile;
    }

    public List<Finding> check(PageReport page) {
        List<Finding> findings = new ArrayList<>();
        for (InternalLink link : page.links()) {
            String key = (link.resource() ? "src:" : "href:") + link.href();
            if (link.targetFile().equals("\0outside")) {
                findings.add(new Finding("link outside the site's base path: " + link.href(),
                        "write site paths from the site's root, e.g. /bezirke/; the base path is added automatically", key));
                continue;
            }
            if (link.targetFile().equals("\0invalid")) {
                findings.add(new Finding("link is not a valid address: " + link.href(), "", key));
                continue;
            }
            String file = link.targetFile().isEmpty() ? page.outputFile() : link.targetFile();
            String existing = existing(file);
            if (existing == null) {
                findings.add(new Finding((link.resource() ? "missing file: " : "link points nowhere: ") + link.href(),
                        link.resource() ? "add the file to the theme's static/ or beside the article" : "check the address", key));
            } else if (!link.fragment().isEmpty() && idsByFile.containsKey(existing)
                    && !idsByFile.get(existing).contains(link.fragment())) {
                findings.add(new Finding("link to a missing anchor: " + link.href(),
                        "no element on that page has the id \"" + link.fragment() + "\"", key));
            }
        }
        return findings;
    }

    /** The file a server would answer with: the file itself, or the folder's index.html. */
    private String existing(String file) {
        if (outputFiles.contains(file)) {
            return file;
        }
        String index = file + "/index.html";
        return outputFiles.contains(index) ? index : null;
    }
}
