package io.rdpfix.location;

import io.rdpfix.catalog.KeyRole;
import io.rdpfix.registry.RegKey;
import java.util.List;
import java.util.Optional;

/** Where the values are written: the running VM, or a broken VM's hives on a repair VM. */
public sealed interface Target permits Target.Online, Target.Offline {
    /*
     * Each key is split into a root that every Windows has (CurrentControlSet\Control,
     * Policies\Microsoft, a loaded hive) and the part below it that reg add may have to create,
     * which an undo must remove again.
     */
    String LISTENER_PATH = "Terminal Server\\WinStations\\RDP-Tcp";
    String POLICY_PATH = "Windows NT\\Terminal Services";

    /** The keys values of this role go to, in writing order. */
    List<TargetKey> keysFor(KeyRole role);

    /** On the VM itself, through the Serial Console: HKLM\SYSTEM\CurrentControlSet and HKLM\SOFTWARE. */
    record Online() implements Target {
        @Override
        public List<TargetKey> keysFor(KeyRole role) {
            return switch (role) {
                case LISTENER -> List.of(under(new RegKey("HKLM\\SYSTEM\\CurrentControlSet\\Control"), LISTENER_PATH));
                case POLICY -> List.of(under(RegKey.hklm("SOFTWARE").child("Policies\\Microsoft"), POLICY_PATH));
            };
        }
    }

    /**
     * On a repair VM with the broken disk's hives loaded under HKLM. {@code loadFrom} present means
     * the script loads and unloads the hives itself, from that drive.
     */
    record Offline(HiveName system, HiveName software, ControlSets controlSets, Optional<DriveLetter> loadFrom)
            implements Target {
        /** The run-time variable that holds the active control set's three digits. */
        public static final String ACTIVE_SET_VARIABLE = "RDPFIX_CS";

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
            return switch (role) {
                case LISTENER -> controlSets instanceof ControlSets.Fixed fixed
                        ? fixed.sets().stream()
                                .map(set -> under(systemHive(), set.keyName() + "\\Control\\" + LISTENER_PATH))
                                .toList()
                        : List.of(under(systemHive().child("ControlSet%" + ACTIVE_SET_VARIABLE + "%"),
                                "Control\\" + LISTENER_PATH));
                case POLICY -> List.of(under(softwareHive().child("Policies\\Microsoft"), POLICY_PATH));
            };
        }
    }

    private static TargetKey under(RegKey root, String relative) {
        return new TargetKey(root, root.child(relative));
    }
}
