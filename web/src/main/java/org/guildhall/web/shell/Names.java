package org.guildhall.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.guildhall.web.api.MembersApi;

/**
 * Members' display names by id, as members-service shows them to the viewer, looked up once per id per request.
 * Someone members-service no longer knows (erased) or will not show reads as "a former member". Templates reach it as
 * {@code inject:names}.
 */
@RequestScoped
@Named("names")
public class Names {

    @Inject
    @RestClient
    MembersApi members;

    @Inject
    Text text;

    private final Map<String, String> known = new HashMap<>();

    public String of(String memberId) {
        if (memberId == null) {
            return "";
        }
        return known.computeIfAbsent(memberId, id -> {
            try {
                return members.member(id).displayName();
            } catch (RuntimeException e) {
                return text.former_member();
            }
        });
    }
}
