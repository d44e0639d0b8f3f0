package io.rdpfix.location;

import io.rdpfix.catalog.KeyRole;
import io.rdpfix.registry.RegKey;
import java.util.List;
import java.util.Optional;

/** Where the values are written: the running VM, or a broken VM's hives on a repair VM. */
public sealed interface Target permits Target.Online, Target.Offline {
    /** The keys values of this role go to, in writing order. */
    List<TargetKey> keysFor(KeyRole role);

    /** On the VM itself, through the Serial Console: HKLM\SYSTEM\CurrentControlSet and HKLM\SOFTWARE. */
    record Online() implements Target {
        @Override
        public List<TargetKey> keysFor(KeyRole role) {
            return List.of(spelled(role, switch (role.hive()) {
                case SYSTEM -> new RegKey("HKLM\\SYSTEM\\CurrentControlSet");
                case SOFTWARE -> RegKey.hklm("SOFTWARE");
            }));
        }
    }

    /**
     * On a repair VM with the broken disk's hives loaded under HKLM. {@code loadFrom} present means
     * the script loads and unloads the hives itself, from that drive.
     */
    record Offline(HiveName system, HiveName software, ControlSets controlSets, Optional<DriveLetter> loadFrom)
            implements Target {
        /** The run-time variable that holds the active control set's three digits. */
        public static final String ACTIVE_SET_VARIABLE = "R_CS";

        public Offline {
            if (system.sameAs(software)) {
                throw new IllegalArgumentException("system and software hive must differ");
            }
        }

        public RegKey systemHive() {
            return RegKey.hklm(system.value());
        }

        public RegKey softwareHive() {
            return RegKey.hklm(software.value());
        }

        @Override
        public List<TargetKey> keysFor(KeyRole role) {
            return switch (role.hive()) {
                case SYSTEM -> controlSets instanceof ControlSets.Fixed fixed
                        ? fixed.sets().stream().map(set -> spelled(role, systemHive().child(set.keyName()))).toList()
                        : List.of(spelled(role, systemHive().child("ControlSet%" + ACTIVE_SET_VARIABLE + "%")));
                case SOFTWARE -> List.of(spelled(role, softwareHive()));
            };
        }
    }

    /**
     * The role's key under {@code base}: split into a root that exists wherever the fix applies (the
     * RDP-Tcp key itself, Policies\Microsoft) and the part below it that reg add may have to create,
     * which an undo must remove again. A key with nothing below its root (the RDP-Tcp key, in every
     * control set Windows uses) is never created: rdpfix skips a control set without it.
     */
    private static TargetKey spelled(KeyRole role, RegKey base) {
        RegKey root = base.child(role.root());
        return new TargetKey(root, role.below().isEmpty() ? root : root.child(role.below()));
    }
}
