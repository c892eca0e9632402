package org.imc.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void theConstantsNameExactlyTheRoles() throws IllegalAccessException {
        Set<String> names = new TreeSet<>();
        for (Field field : Roles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers())
                    && !field.getName().startsWith("IS_")
                    && !field.getName().equals("SIGNED_IN")
                    && !field.getName().equals("ANYONE")) {
                assertEquals(field.getName(), field.get(null), "constant " + field.getName());
                names.add((String) field.get(null));
            }
        }
        assertEquals(
                Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toCollection(TreeSet::new)), names);
    }
}
