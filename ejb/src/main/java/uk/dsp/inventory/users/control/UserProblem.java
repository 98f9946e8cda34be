package uk.dsp.inventory.users.control;

import uk.dsp.inventory.dcc.Refused;

/** Why a user cannot be added or changed as asked, beyond input that cannot be used ({@link Refused.Kind#INVALID}). */
public enum UserProblem implements Refused.Problem {
    UNKNOWN_PARTY(Refused.Kind.NOT_FOUND),
    UNKNOWN_USER(Refused.Kind.NOT_FOUND),
    ALREADY_EXISTS(Refused.Kind.CONFLICT);

    private final Refused.Kind kind;

    UserProblem(Refused.Kind kind) {
        this.kind = kind;
    }

    @Override
    public Refused.Kind kind() {
        return kind;
    }
}
