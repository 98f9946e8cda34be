package uk.dsp.inventory.users.control;

import java.util.List;

/** A user as an administrator asks for it: the roles by name, the e-mail address optional. */
public record NewUser(String username, String password, String email, List<String> roles) {}
