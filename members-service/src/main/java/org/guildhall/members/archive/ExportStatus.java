package org.guildhall.members.archive;

/** Where a member's data archive stands: its parts coming in from the services, or assembled and ready to download. */
public enum ExportStatus {
    COLLECTING,
    READY
}
