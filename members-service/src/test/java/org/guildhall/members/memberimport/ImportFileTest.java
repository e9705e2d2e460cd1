package org.guildhall.members.memberimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.guildhall.kit.problem.ProblemException;
import org.junit.jupiter.api.Test;

class ImportFileTest {

    private static final Set<String> TIERS = Set.of("associate", "professional");

    @Test
    void shouldReadASemicolonFileWithABomAndSplitNamesAsSpreadsheetsWriteThem() {
        String csv = "\uFEFFE-mail;First name;Last name;Membership tier;Status;Joined;Expiry date\r\n"
                + "Ada@Example.org;Ada;Lovelace;Professional;active;2020-01-15;2026-01-15\r\n"
                + "grace@example.org;Grace;\"Hopper; Rear Admiral\";associate;;;\r\n";

        ImportFile file = ImportFile.read(csv.getBytes(StandardCharsets.UTF_8), TIERS);

        assertThat(file.rows()).hasSize(2).allMatch(ImportRow::isValid);
        ImportRow ada = file.rows().get(0);
        assertThat(ada.row()).isEqualTo(2);
        assertThat(ada.email()).isEqualTo("ada@example.org");
        assertThat(ada.displayName()).isEqualTo("Ada Lovelace");
        assertThat(ada.tier()).isEqualTo("professional");
        assertThat(ada.status()).isEqualTo("ACTIVE");
        assertThat(ada.joinedOn()).isEqualTo(LocalDate.of(2020, 1, 15));
        assertThat(file.rows().get(1).displayName()).isEqualTo("Grace Hopper; Rear Admiral");
    }

    @Test
    void shouldReportEveryProblemWithItsRowAndColumnAndGoOn() {
        String csv = "email,Name,Tier,Joined,Expires\n"
                + "not-an-address,Ada,associate,2020-01-01,2021-01-01\n"
                + "grace@example.org,Grace,gold,2020-13-01,\n"
                + "linus@example.org,Linus,associate,2022-05-01,2021-05-01\n"
                + "GRACE@example.org,Grace again,associate,,\n"
                + "mary@example.org,,associate,,\n"
                + "joan@example.org,\"Joan\nof Arc\",associate,,\n"
                + "ok@example.org,Fine,associate,,\n";

        ImportFile file = ImportFile.read(csv.getBytes(StandardCharsets.UTF_8), TIERS);

        assertThat(file.rows()).hasSize(7);
        assertThat(file.rows().get(0).problems())
                .containsExactly(new ImportProblem(2, "email", "is not an e-mail address"));
        assertThat(file.rows().get(1).problems())
                .containsExactly(
                        new ImportProblem(3, "Tier", "no tier is called gold"),
                        new ImportProblem(3, "Joined", "is not a date as 2024-03-31"));
        assertThat(file.rows().get(2).problems())
                .containsExactly(new ImportProblem(4, "Expires", "is before the joining date"));
        assertThat(file.rows().get(3).problems())
                .containsExactly(new ImportProblem(5, "email", "the same e-mail address as row 3"));
        assertThat(file.rows().get(4).problems()).containsExactly(new ImportProblem(6, "Name", "a name is needed"));
        assertThat(file.rows().get(5).problems())
                .extracting(ImportProblem::column)
                .contains("Name");
        assertThat(file.rows().get(6).isValid()).isTrue();
    }

    @Test
    void shouldRefuseAFileThatIsNotUtf8() {
        byte[] latin1 = "email,Name\nzoe@example.org,Zoë\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> ImportFile.read(latin1, TIERS))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(
                                problem.problem().type().toString())
                        .endsWith("/import-not-utf8"));
    }

    @Test
    void shouldRefuseAFileWithoutAHeaderNamingTheEmailAndTheName() {
        byte[] noHeader = "ada@example.org,Ada Lovelace\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ImportFile.read(noHeader, TIERS))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(
                                problem.problem().type().toString())
                        .endsWith("/import-header"));
    }

    @Test
    void shouldRefuseMoreThanTheRowLimitAndTheSizeLimit() {
        StringBuilder csv = new StringBuilder("email,name\n");
        for (int i = 0; i <= ImportFile.MAX_ROWS; i++) {
            csv.append('p').append(i).append("@example.org,P\n");
        }
        assertThatThrownBy(() -> ImportFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), TIERS))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(
                                problem.problem().type().toString())
                        .endsWith("/import-too-many-rows"));
        assertThatThrownBy(() -> ImportFile.read(new byte[(int) ImportFile.MAX_BYTES + 1], TIERS))
                .isInstanceOfSatisfying(ProblemException.class, problem -> assertThat(
                                problem.problem().type().toString())
                        .endsWith("/import-too-large"));
    }
}
