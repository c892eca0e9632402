package org.imc.platform.base.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransitionsTest {

    enum Light {
        RED,
        GREEN,
        BROKEN
    }

    enum Switch {
        GO,
        STOP,
        BREAK
    }

    private final Transitions<Light, Switch> table = Transitions.of(Light.class, Switch.class)
            .from(Light.RED, Switch.GO, Light.GREEN)
            .from(Light.GREEN, Switch.STOP, Light.RED)
            .from(Light.RED, Switch.BREAK, Light.BROKEN)
            .from(Light.GREEN, Switch.BREAK, Light.BROKEN)
            .build();

    @Test
    void answersWhatFollowsAnAction() {
        assertEquals(Optional.of(Light.GREEN), table.after(Light.RED, Switch.GO));
        assertEquals(Optional.empty(), table.after(Light.GREEN, Switch.GO));
        assertEquals(Optional.empty(), table.after(Light.BROKEN, Switch.STOP));
    }

    @Test
    void listsTheActionsFromAStatus() {
        assertEquals(EnumSet.of(Switch.GO, Switch.BREAK), table.actionsFrom(Light.RED));
        assertEquals(EnumSet.noneOf(Switch.class), table.actionsFrom(Light.BROKEN));
        assertTrue(table.leadsTo(Light.GREEN, Light.BROKEN));
        assertFalse(table.leadsTo(Light.BROKEN, Light.RED));
    }

    @Test
    void aMoveListedTwiceIsAMistake() {
        assertThrows(
                IllegalStateException.class,
                () -> Transitions.of(Light.class, Switch.class)
                        .from(Light.RED, Switch.GO, Light.GREEN)
                        .from(Light.RED, Switch.GO, Light.BROKEN));
    }
}
