package org.guildhall.members;

import org.guildhall.testkit.architecture.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void shouldKeepToTheServiceStructure() {
        ServiceArchitecture.check("members");
    }
}
