package org.guildhall.members.memberimport;

/** What is wrong with one cell (or a whole row when {@code column} is null), named as the file names it. */
public record ImportProblem(int row, String column, String message) {}
