package org.dangjian.recruitment.pipeline;

import java.util.List;
import org.dangjian.recruitment.cases.CaseStep;
import org.dangjian.recruitment.cases.RecruitmentCase;
import org.dangjian.recruitment.catalogue.Catalogue;

/**
 * What a feature adds to a case's timeline: the recorded steps ({@link StepEntries}), and later attachments and
 * change requests, each a bean of its own feature package, so that adding one is a new class, not an edit of
 * {@link Timelines}. Entries are placed after their step's, in the catalogue's order, then by when recorded.
 */
public interface TimelineSource {
    List<TimelineEntry> entries(RecruitmentCase c, Catalogue catalogue, List<CaseStep> steps);
}
