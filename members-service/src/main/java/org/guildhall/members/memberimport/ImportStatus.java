package org.guildhall.members.memberimport;

/** Where an import stands: its rows being applied, or all of them done (each created, updated, unchanged or failed). */
public enum ImportStatus {
    RUNNING,
    DONE
}
