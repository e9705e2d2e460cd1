package org.guildhall.members.memberimport;

import java.util.List;

/** What applying a file would do, row by row, and every problem found; nothing was written. */
public record ImportPlan(int rows, int toCreate, int toUpdate, int toSkip, List<Line> lines) {

    public enum Action {
        CREATE,
        UPDATE,
        SKIP
    }

    /** One row: its action, the member it matched (for an update or an unchanged row) and its problems. */
    public record Line(int row, String email, Action action, String memberId, List<ImportProblem> problems) {}

    static ImportPlan of(List<Line> lines) {
        int create = 0;
        int update = 0;
        int skip = 0;
        for (Line line : lines) {
            switch (line.action()) {
                case CREATE -> create++;
                case UPDATE -> update++;
                case SKIP -> skip++;
            }
        }
        return new ImportPlan(lines.size(), create, update, skip, List.copyOf(lines));
    }
}
